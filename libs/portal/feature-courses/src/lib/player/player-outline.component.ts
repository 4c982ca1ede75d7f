import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** One module of the outline, ready to show. */
export interface OutlineModule {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly locked: boolean;
  readonly done: boolean;
  readonly activities: readonly {
    readonly id: string;
    readonly title: string;
    readonly link: readonly string[];
    readonly icon: string;
    readonly done: boolean;
    readonly optional: boolean;
    readonly current: boolean;
  }[];
}

/** The course outline: modules with their completion and locks, activities with a mark when done. */
@Component({
  selector: 'tunas-player-outline',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './player-outline.component.html',
  styleUrl: './player-outline.component.scss',
})
export class PlayerOutlineComponent {
  readonly modules = input.required<readonly OutlineModule[]>();
}
