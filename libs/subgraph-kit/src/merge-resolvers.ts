type ResolverMap = Record<string, Record<string, unknown> | unknown>;

/**
 * Merges feature resolver maps. Unlike an object spread, two features
 * defining the same field is an error at start-up, not a silent overwrite.
 */
export function mergeResolvers<T extends object>(...maps: object[]): T {
  const merged: Record<string, unknown> = {};
  for (const map of maps as ResolverMap[]) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (typeof fields !== 'object' || fields === null || !isPlainObject(fields)) {
        if (typeName in merged) throw new Error(`Resolver for ${typeName} is defined twice`);
        merged[typeName] = fields;
        continue;
      }
      const target = (merged[typeName] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as T;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
