import * as migration_20261129_181700_initial from './20261129_181700_initial';

export const migrations = [
  {
    up: migration_20261129_181700_initial.up,
    down: migration_20261129_181700_initial.down,
    name: '20261129_181700_initial'
  },
];
