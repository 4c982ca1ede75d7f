import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActivationLinkDTO } from './user.dto';

@ObjectType('ImportLineError', { description: 'A CSV line that was not imported, and why' })
export class ImportLineErrorDTO {
  @Field(() => Int, { description: '1-based line number in the file, the header being line 1' })
  line!: number;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  nip!: string | null;
}

@ObjectType('UserImportReport')
export class UserImportReportDTO {
  @Field()
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data lines read (the header not counted)' })
  totalRows!: number;

  @Field(() => Int, { description: 'People created (in a dry run: people that would be created)' })
  imported!: number;

  @Field(() => [ImportLineErrorDTO])
  errors!: ImportLineErrorDTO[];

  @Field(() => [ActivationLinkDTO], { description: 'One activation link per imported person; empty in a dry run' })
  activations!: ActivationLinkDTO[];
}
