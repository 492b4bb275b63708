import { AuditEventEntity } from '@careergraph/kit';
import { AttendanceReportingSnapshotEntity } from './attendance-reporting-snapshot.entity';
import { ExperienceAttendanceEntity } from './experience-attendance.entity';
import { ExperienceRegistrationEntity } from './experience-registration.entity';
import { ExperienceTeamEntity, ExperienceTeamMemberEntity } from './experience-team.entity';
import { ExperienceEntity } from './experience.entity';

export {
  AttendanceReportingSnapshotEntity,
  ExperienceAttendanceEntity,
  ExperienceEntity,
  ExperienceRegistrationEntity,
  ExperienceTeamEntity,
  ExperienceTeamMemberEntity,
};

export const experiencesEntities = [
  ExperienceEntity,
  ExperienceRegistrationEntity,
  ExperienceAttendanceEntity,
  ExperienceTeamEntity,
  ExperienceTeamMemberEntity,
  AttendanceReportingSnapshotEntity,
  AuditEventEntity,
];
