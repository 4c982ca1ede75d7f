export type { MessageText } from './lib/localized-text/localized-text.model';
export { LocalizedTextComponent } from './lib/localized-text/localized-text.component';
export { ErrorAlertComponent, type ErrorAlertDetail } from './lib/error-alert/error-alert.component';
export { CopyButtonComponent } from './lib/copy-button/copy-button.component';
export { DateTimePipe } from './lib/date-time/date-time.pipe';
export { PasswordFieldComponent } from './lib/password-field/password-field.component';
export { ConfirmDialogComponent, type ConfirmDialogData } from './lib/confirm-dialog/confirm-dialog.component';
export { TranslatedPaginatorIntl } from './lib/paginator/translated-paginator-intl';
export { EnrolledCourseListComponent, type EnrolledCourse } from './lib/enrolled-courses/enrolled-course-list.component';
