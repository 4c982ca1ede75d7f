export { LoginPageComponent } from './lib/login/login-page.component';
export { ActivationPageComponent } from './lib/activation/activation-page.component';
export { ChangePasswordPageComponent } from './lib/change-password/change-password-page.component';
