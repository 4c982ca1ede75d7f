import { Component } from '@angular/core';

@Component({
  selector: 'tunas-ui',
  imports: [],
  templateUrl: './ui.html',
  styleUrl: './ui.css',
})
export class Ui {}
