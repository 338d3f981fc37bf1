import { createDataSource, migrate } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { GraphQLError } from 'graphql';
import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner, Table } from 'typeorm';
import { saveVersioned, updateLocked } from './save-versioned';

/** A record people edit, for the test. */
@Entity('note')
class NoteEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 100 })
  text!: string;

  @Column('integer')
  version!: number;
}

class NoteSchema1700000000000 implements MigrationInterface {
  name = 'NoteSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'note',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'text', type: 'varchar', length: '100' },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
  }
  async down(): Promise<void> {
    // test schema only
  }
}

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  throw new Error('accepted');
};

describeOnEachDatabase('saveVersioned and updateLocked', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(kind, 'save_versioned');
    dataSource = createDataSource({ subgraph: 'save-versioned', entities: [NoteEntity], migrations: [NoteSchema1700000000000] }, database.url);
    await dataSource.initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const note = async (id: string) => {
    await dataSource.getRepository(NoteEntity).insert({ id, text: 'first', version: 1 });
    return (await dataSource.getRepository(NoteEntity).findOneByOrFail({ id })) as NoteEntity;
  };

  it('tells a writer who lost the race the version the record has now, in extensions as well as the message', async () => {
    const read = await note('n1');
    await saveVersioned(dataSource, NoteEntity, 'note', { ...read }, 1, { text: 'second' });
    await saveVersioned(dataSource, NoteEntity, 'note', { ...read, version: 2 }, 2, { text: 'third' });
    // This writer read version 1 and raced the two writes above: the record is at 3, not at the 1 it read.
    expect(await refusal(saveVersioned(dataSource, NoteEntity, 'note', read, 1, { text: 'lost' }))).toEqual({
      message: 'note n1 was changed by someone else (now version 3): reload and try again',
      extensions: { code: 'CONFLICT', currentVersion: 3 },
    });
    expect(await dataSource.getRepository(NoteEntity).findOneByOrFail({ id: 'n1' })).toMatchObject({ text: 'third', version: 3 });
  });

  it('says a record deleted meanwhile no longer exists', async () => {
    const read = await note('n2');
    await dataSource.getRepository(NoteEntity).delete({ id: 'n2' });
    expect(await refusal(saveVersioned(dataSource, NoteEntity, 'note', read, 1, { text: 'lost' }))).toEqual({
      message: 'note n2 no longer exists',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses an edit of an older version under the lock with the current version', async () => {
    await note('n3');
    await updateLocked(dataSource, NoteEntity, 'note', 'n3', 1, () => ({ text: 'second' }));
    expect(await refusal(updateLocked(dataSource, NoteEntity, 'note', 'n3', 1, () => ({ text: 'lost' })))).toEqual({
      message: 'note n3 was changed by someone else (now version 2): reload and try again',
      extensions: { code: 'CONFLICT', currentVersion: 2 },
    });
  });
});
