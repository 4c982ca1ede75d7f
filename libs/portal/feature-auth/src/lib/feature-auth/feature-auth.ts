import { Component } from '@angular/core';

@Component({
  selector: 'tunas-feature-auth',
  imports: [],
  templateUrl: './feature-auth.html',
  styleUrl: './feature-auth.css',
})
export class FeatureAuth {}
