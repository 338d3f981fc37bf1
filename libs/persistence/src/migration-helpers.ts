import { TableForeignKey } from 'typeorm';

/**
 * A named foreign key on `column` to `table.id`, RESTRICT on update; the
 * name and rules must match the entity's @JoinColumn so that schema diffs
 * stay empty on both databases.
 */
export function foreignKeyTo(name: string, column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT'): TableForeignKey {
  return new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'RESTRICT' });
}
