export { HomePageComponent } from './lib/home/home-page.component';
