import { Module } from '@nestjs/common';
import { EvaluationSubjectService } from './evaluation-subject.service';

@Module({ providers: [EvaluationSubjectService], exports: [EvaluationSubjectService] })
export class EvaluationDomainModule {}
