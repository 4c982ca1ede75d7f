import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, byKeys, CurrentPrincipal, GraphQLRequestContext, loaderFor, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { AuthoringService } from './authoring/authoring.service';
import { CatalogService } from './catalog/catalog.service';
import {
  ActivityProgressResultDTO,
  AddActivityInput,
  AddModuleInput,
  CourseDTO,
  CourseFilter,
  CreateTopicInput,
  CourseOutlineDTO,
  CoursePageDTO,
  CoursePageInput,
  CreateCourseInput,
  EnrolByCsvInput,
  EnrolmentDTO,
  EnrolmentReportDTO,
  EnrolUsersInput,
  RecordProgressInput,
  TopicDTO,
  UpdateActivityInput,
  UpdateCourseInput,
  UpdateModuleInput,
} from './dto/course.dto';
import { EnrolmentAdminService } from './learning/enrolment-admin.service';
import { LearningService } from './learning/learning.service';

const AUTHORS = [Role.TRAINER, Role.PARTNER, Role.ADMIN];

@Resolver()
export class CoursesResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly authoring: AuthoringService,
    private readonly learning: LearningService,
    private readonly enrolmentAdmin: EnrolmentAdminService,
  ) {}

  @Authenticated()
  @Query(() => [TopicDTO])
  topics(): Promise<TopicDTO[]> {
    return this.catalog.topics();
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => TopicDTO, { description: 'Add a catalogue topic (admins)' })
  createTopic(@Args('input') input: CreateTopicInput): Promise<TopicDTO> {
    return this.catalog.createTopic(input.code, input.name);
  }

  @Authenticated()
  @Query(() => CoursePageDTO, { description: 'The catalogue: published courses, searchable and filterable' })
  courses(
    @Args('filter', { type: () => CourseFilter, nullable: true }) filter: CourseFilter | null,
    @Args('page', { type: () => CoursePageInput, nullable: true }) page: CoursePageInput | null,
  ): Promise<CoursePageDTO> {
    return this.catalog.search(filter ?? {}, page ?? { offset: 0, limit: 12 });
  }

  @Authenticated()
  @Query(() => CourseDTO, { description: 'A published course, or a draft for its authors' })
  course(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<CourseDTO> {
    return this.catalog.get(principal, id);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => [CourseDTO], { description: 'Courses I author (as trainer, co-author or institution staff)' })
  myAuthoredCourses(@CurrentPrincipal() principal: Principal): Promise<CourseDTO[]> {
    return this.catalog.authored(principal);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => CourseOutlineDTO, { description: 'The draft as a learner would see it (also the editor’s view of the structure)' })
  coursePreview(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, courseId);
  }

  @Authenticated()
  @Query(() => CourseOutlineDTO, { description: 'The course I study, with my progress and where to resume' })
  courseOutline(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.outline(principal, courseId);
  }

  @Authenticated()
  @Query(() => [EnrolmentDTO], { description: 'My courses: in progress first, then completed' })
  myEnrolments(@CurrentPrincipal() principal: Principal): Promise<EnrolmentDTO[]> {
    return this.learning.myEnrolments(principal);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseDTO)
  async createCourse(@Args('input') input: CreateCourseInput, @CurrentPrincipal() principal: Principal): Promise<CourseDTO> {
    const course = await this.authoring.create(principal, input);
    return this.catalog.get(principal, course.id);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseDTO, { description: 'Edit the catalogue entry; a stale version is refused' })
  async updateCourse(@Args('input') input: UpdateCourseInput, @CurrentPrincipal() principal: Principal): Promise<CourseDTO> {
    await this.authoring.update(principal, input);
    return this.catalog.get(principal, input.id);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO)
  async addCourseModule(@Args('input') input: AddModuleInput, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.addModule(principal, input));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO)
  async updateCourseModule(@Args('input') input: UpdateModuleInput, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.updateModule(principal, input));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO)
  async removeCourseModule(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.removeModule(principal, id));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO, { description: "Add an activity; its content is validated by the activity plugin's schema" })
  async addActivity(@Args('input') input: AddActivityInput, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.addActivity(principal, input));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO)
  async updateActivity(@Args('input') input: UpdateActivityInput, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.updateActivity(principal, input));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseOutlineDTO)
  async removeActivity(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<CourseOutlineDTO> {
    return this.learning.preview(principal, await this.authoring.removeActivity(principal, id));
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseDTO, { description: 'Add a trainer or partner staff member as co-author' })
  async addCourseTrainer(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseDTO> {
    await this.authoring.addTrainer(principal, courseId, userId);
    return this.catalog.get(principal, courseId);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => CourseDTO, { description: 'Freeze the draft as a new immutable version and show it in the catalogue' })
  async publishCourse(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<CourseDTO> {
    await this.authoring.publish(principal, courseId);
    return this.catalog.get(principal, courseId);
  }

  @Authenticated()
  @Mutation(() => EnrolmentDTO, { description: 'Enrol myself; enrolling twice returns the same enrolment' })
  enrolInCourse(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<EnrolmentDTO> {
    return this.learning.enrolSelf(principal, courseId);
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Mutation(() => EnrolmentReportDTO, { description: 'Admins enrol anyone; supervisors their unit and direct reports' })
  enrolUsers(@Args('input') input: EnrolUsersInput, @CurrentPrincipal() principal: Principal): Promise<EnrolmentReportDTO> {
    return this.enrolmentAdmin.enrolUsers(principal, input.courseId, input.userIds);
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Mutation(() => EnrolmentReportDTO, { description: 'Enrol from a CSV with a nip column; every bad line is reported' })
  enrolByCsv(@Args('input') input: EnrolByCsvInput, @CurrentPrincipal() principal: Principal): Promise<EnrolmentReportDTO> {
    return this.enrolmentAdmin.enrolByCsv(principal, input.courseId, input.csv);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Leave a course (own enrolment; admins any). Completed courses stay.' })
  unenrol(@Args('enrolmentId', { type: () => ID }) enrolmentId: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.learning.unenrol(principal, enrolmentId);
  }

  @Authenticated()
  @Mutation(() => ActivityProgressResultDTO, { description: 'Store my state for an activity; stored before the answer, applied once per idempotency key' })
  recordActivityProgress(@Args('input') input: RecordProgressInput, @CurrentPrincipal() principal: Principal): Promise<ActivityProgressResultDTO> {
    return this.learning.recordProgress(principal, input.courseId, input.activityId, input.state, input.idempotencyKey);
  }
}

/** Fields of an enrolment that need another lookup, batched per request. */
@Resolver(() => EnrolmentDTO)
export class EnrolmentFieldsResolver {
  constructor(private readonly catalog: CatalogService) {}

  @ResolveField(() => CourseDTO, { description: 'The course (its published catalogue entry)' })
  course(@Parent() enrolment: EnrolmentDTO, @Context() context: GraphQLRequestContext): Promise<CourseDTO | null> {
    return loaderFor<string, CourseDTO>(context, 'enrolledCourseById', async (ids) => byKeys(ids, await this.catalog.findEnrolledCourses(ids), (course) => course.id)).load(enrolment.courseId);
  }
}
