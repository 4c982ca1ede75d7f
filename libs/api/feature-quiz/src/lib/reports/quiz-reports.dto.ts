import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ResponseFrequency')
export class ResponseFrequencyDTO {
  @Field({ description: 'One line standing for the response ("" for no answer)' }) response!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'The share of the mark this response earns, null while ungraded' , nullable: true }) fraction!: number | null;
}

@ObjectType('QuestionStatistics')
export class QuestionStatisticsDTO {
  @Field(() => ID) questionId!: string;
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Float, { nullable: true, description: 'Mean score as a percentage of the mark (Moodle’s facility index)' }) facilityIndex!: number | null;
  @Field(() => Float, { nullable: true, description: 'Standard deviation of the score, as a percentage of the mark' }) standardDeviation!: number | null;
  @Field(() => Float, { nullable: true, description: 'Correlation (×100) between this question and the rest of the quiz; null below two attempts or without variance' }) discriminationIndex!: number | null;
  @Field(() => [ResponseFrequencyDTO]) responses!: ResponseFrequencyDTO[];
}

@ObjectType('QuizStatistics')
export class QuizStatisticsDTO {
  @Field(() => ID) activityId!: string;
  @Field() title!: string;
  @Field(() => Int, { description: 'Graded attempts counted' }) attempts!: number;
  @Field(() => Float, { nullable: true, description: '0..1' }) averageGrade!: number | null;
  @Field(() => Float, { nullable: true, description: '0..1' }) medianGrade!: number | null;
  @Field(() => [Int], { description: 'Attempts per tenth of the grade: [0–10%), [10–20%), …, [90–100%]' }) gradeDistribution!: number[];
  @Field(() => [QuestionStatisticsDTO]) questions!: QuestionStatisticsDTO[];
}

@ObjectType('GradebookColumn')
export class GradebookColumnDTO {
  @Field(() => ID) activityId!: string;
  @Field() title!: string;
  @Field(() => Float) passingGrade!: number;
}

@ObjectType('GradebookCell')
export class GradebookCellDTO {
  @Field(() => ID) activityId!: string;
  @Field(() => Float, { nullable: true, description: '0..1 by the quiz’s grading method' }) grade!: number | null;
  @Field() passed!: boolean;
  @Field(() => Int) attempts!: number;
  @Field() awaitingGrading!: boolean;
}

@ObjectType('GradebookRow')
export class GradebookRowDTO {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nip!: string | null;
  @Field(() => Float, { description: 'Course progress 0..1' }) progress!: number;
  @Field() status!: string;
  @Field(() => [GradebookCellDTO]) grades!: GradebookCellDTO[];
}

@ObjectType('CourseGradebook')
export class CourseGradebookDTO {
  @Field(() => ID) courseId!: string;
  @Field(() => [GradebookColumnDTO]) quizzes!: GradebookColumnDTO[];
  @Field(() => [GradebookRowDTO]) rows!: GradebookRowDTO[];
}
