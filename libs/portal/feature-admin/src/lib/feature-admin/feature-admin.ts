import { Component } from '@angular/core';

@Component({
  selector: 'tunas-feature-admin',
  imports: [],
  templateUrl: './feature-admin.html',
  styleUrl: './feature-admin.css',
})
export class FeatureAdmin {}
