import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData } from '../apollo/graphql-call.util';
import {
  type RecordActivityProgressMutation,
  RecordActivityProgressDocument,
  type RecordProgressInput,
} from '../generated/courses.graphql';

export type ProgressResult = RecordActivityProgressMutation['recordActivityProgress'];

/** Sends one progress write. Use {@link ProgressOutbox}, which keeps it on the device until it arrives. */
@Injectable({ providedIn: 'root' })
export class ProgressApi {
  private readonly apollo = inject(Apollo);

  async record(input: RecordProgressInput): Promise<ProgressResult> {
    return (await mutateData(this.apollo, RecordActivityProgressDocument, { input })).recordActivityProgress;
  }
}
