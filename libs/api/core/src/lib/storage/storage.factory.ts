import type { StorageConfig } from '../config/app-config';
import type { StoragePort } from '../ports/storage.port';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/** The storage adapter the configuration chooses (`STORAGE_DRIVER`). */
export function createStorage(config: StorageConfig): StoragePort {
  switch (config.driver) {
    case 'local':
      return new LocalDiskStorage(config.root);
    case 's3':
      return new S3Storage(config);
  }
}
