import { Component } from '@angular/core';

@Component({
  selector: 'tunas-feature-home',
  imports: [],
  templateUrl: './feature-home.html',
  styleUrl: './feature-home.css',
})
export class FeatureHome {}
