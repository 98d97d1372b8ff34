// Maintained by `npm run migration:create`; lists every migration in order.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123201738 } from './Migration20261123201738';
import { Migration20261123201800DisputeTypes } from './Migration20261123201800DisputeTypes';
import { Migration20261123203552MenuGradeIndex } from './Migration20261123203552MenuGradeIndex';
import { Migration20261123205256Identity } from './Migration20261123205256Identity';
import { Migration20261123210940Cases } from './Migration20261123210940Cases';
import { Migration20261123212023Outcomes } from './Migration20261123212023Outcomes';
import { Migration20261123212412Notifications } from './Migration20261123212412Notifications';
import { Migration20261123212747Evidence } from './Migration20261123212747Evidence';
import { Migration20261123213018JointAndDeadlines } from './Migration20261123213018JointAndDeadlines';
import { Migration20261123213230Reminders } from './Migration20261123213230Reminders';
import { Migration20261123214031JointDepartments } from './Migration20261123214031JointDepartments';
import { Migration20261123214648Ratings } from './Migration20261123214648Ratings';
import { Migration20261123214931FollowUps } from './Migration20261123214931FollowUps';
import { Migration20261123215519Warnings } from './Migration20261123215519Warnings';
import { Migration20261123215942Subsidies } from './Migration20261123215942Subsidies';
import { Migration20261123220408Assessment } from './Migration20261123220408Assessment';
import { Migration20261123224350StatisticsRollup } from './Migration20261123224350StatisticsRollup';
import { Migration20261123233855StatisticsEdgeIndexes } from './Migration20261123233855StatisticsEdgeIndexes';
import { Migration20261124001437StatisticsDaily } from './Migration20261124001437StatisticsDaily';
import { Migration20261130193121IdempotentRequests } from './Migration20261130193121IdempotentRequests';
import { Migration20261130195055AgreementVersions } from './Migration20261130195055AgreementVersions';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261123201738', class: Migration20261123201738 },
  { name: 'Migration20261123201800DisputeTypes', class: Migration20261123201800DisputeTypes },
  { name: 'Migration20261123203552MenuGradeIndex', class: Migration20261123203552MenuGradeIndex },
  { name: 'Migration20261123205256Identity', class: Migration20261123205256Identity },
  { name: 'Migration20261123210940Cases', class: Migration20261123210940Cases },
  { name: 'Migration20261123212023Outcomes', class: Migration20261123212023Outcomes },
  { name: 'Migration20261123212412Notifications', class: Migration20261123212412Notifications },
  { name: 'Migration20261123212747Evidence', class: Migration20261123212747Evidence },
  { name: 'Migration20261123213018JointAndDeadlines', class: Migration20261123213018JointAndDeadlines },
  { name: 'Migration20261123213230Reminders', class: Migration20261123213230Reminders },
  { name: 'Migration20261123214031JointDepartments', class: Migration20261123214031JointDepartments },
  { name: 'Migration20261123214648Ratings', class: Migration20261123214648Ratings },
  { name: 'Migration20261123214931FollowUps', class: Migration20261123214931FollowUps },
  { name: 'Migration20261123215519Warnings', class: Migration20261123215519Warnings },
  { name: 'Migration20261123215942Subsidies', class: Migration20261123215942Subsidies },
  { name: 'Migration20261123220408Assessment', class: Migration20261123220408Assessment },
  { name: 'Migration20261123224350StatisticsRollup', class: Migration20261123224350StatisticsRollup },
  { name: 'Migration20261123233855StatisticsEdgeIndexes', class: Migration20261123233855StatisticsEdgeIndexes },
  { name: 'Migration20261124001437StatisticsDaily', class: Migration20261124001437StatisticsDaily },
  { name: 'Migration20261130193121IdempotentRequests', class: Migration20261130193121IdempotentRequests },
  { name: 'Migration20261130195055AgreementVersions', class: Migration20261130195055AgreementVersions },
];
