import * as migration_20261129_181700_initial from './20261129_181700_initial';
import * as migration_20261129_184408_build_status from './20261129_184408_build_status';
import * as migration_20261129_190219_previous_slugs from './20261129_190219_previous_slugs';
import * as migration_20261129_191102_newsletter from './20261129_191102_newsletter';
import * as migration_20261207_121327_rate_limits_search_synonyms from './20261207_121327_rate_limits_search_synonyms';
import * as migration_20261207_125928_external_services_build_problems from './20261207_125928_external_services_build_problems';
import * as migration_20261207_143300_submissions from './20261207_143300_submissions';
import * as migration_20261207_144233_ervaringen from './20261207_144233_ervaringen';

export const migrations = [
  {
    up: migration_20261129_181700_initial.up,
    down: migration_20261129_181700_initial.down,
    name: '20261129_181700_initial',
  },
  {
    up: migration_20261129_184408_build_status.up,
    down: migration_20261129_184408_build_status.down,
    name: '20261129_184408_build_status',
  },
  {
    up: migration_20261129_190219_previous_slugs.up,
    down: migration_20261129_190219_previous_slugs.down,
    name: '20261129_190219_previous_slugs',
  },
  {
    up: migration_20261129_191102_newsletter.up,
    down: migration_20261129_191102_newsletter.down,
    name: '20261129_191102_newsletter',
  },
  {
    up: migration_20261207_121327_rate_limits_search_synonyms.up,
    down: migration_20261207_121327_rate_limits_search_synonyms.down,
    name: '20261207_121327_rate_limits_search_synonyms',
  },
  {
    up: migration_20261207_125928_external_services_build_problems.up,
    down: migration_20261207_125928_external_services_build_problems.down,
    name: '20261207_125928_external_services_build_problems',
  },
  {
    up: migration_20261207_143300_submissions.up,
    down: migration_20261207_143300_submissions.down,
    name: '20261207_143300_submissions',
  },
  {
    up: migration_20261207_144233_ervaringen.up,
    down: migration_20261207_144233_ervaringen.down,
    name: '20261207_144233_ervaringen'
  },
];
