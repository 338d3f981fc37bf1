import { DataSource } from 'typeorm';
import { RepDirectoryEntity } from './rep-directory.entity';

export class RepDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(repId: string): Promise<RepDirectoryEntity | null> {
    return this.dataSource.getRepository(RepDirectoryEntity).findOneBy({ repId });
  }
}
