import { CourseEntity, EnrolmentEntity, TopicEntity } from './entities/course.entities';
import { CourseDTO, EnrolmentDTO, TopicDTO } from './dto/course.dto';

export function toTopicDTO(topic: TopicEntity): TopicDTO {
  return Object.assign(new TopicDTO(), { id: topic.id, code: topic.code, name: topic.name });
}

export function toCourseDTO(course: CourseEntity, topic: TopicEntity, counts: { modules: number; activities: number }): CourseDTO {
  return Object.assign(new CourseDTO(), {
    id: course.id,
    title: course.title,
    summary: course.summary,
    coverImageUrl: course.coverImageUrl,
    topic: toTopicDTO(topic),
    competencyType: course.competencyType,
    jpHours: course.jpHours,
    level: course.level,
    language: course.language,
    status: course.status,
    ownerInstitutionId: course.ownerInstitutionId,
    publishedAt: course.publishedAt,
    enrolmentClosesAt: course.enrolmentClosesAt,
    moduleCount: counts.modules,
    activityCount: counts.activities,
    version: course.version,
    createdById: course.createdById,
  });
}

export function toEnrolmentDTO(enrolment: EnrolmentEntity, versionNumber: number): EnrolmentDTO {
  return Object.assign(new EnrolmentDTO(), {
    id: enrolment.id,
    courseId: enrolment.courseId,
    userId: enrolment.userId,
    source: enrolment.source,
    status: enrolment.status,
    progress: enrolment.progress,
    lastActivityId: enrolment.lastActivityId,
    lastAccessedAt: enrolment.lastAccessedAt,
    enrolledAt: enrolment.enrolledAt,
    completedAt: enrolment.completedAt,
    versionNumber,
  });
}
