// The rows one learner's history adds, in the database's own column names (dates as epoch ms).

export type TViewRow = {
  id: string;
  userId: string;
  moduleId: string;
  lessonId: string;
  firstViewedAt: number;
  lastViewedAt: number;
  viewCount: number;
  secondsSpent: number;
};
export type TAttemptRow = {
  id: string;
  userId: string;
  submissionId: string;
  moduleId: string;
  quizId: string;
  answers: string;
  correctCount: number;
  questionCount: number;
  scorePercent: number;
  passMark: number;
  passed: boolean;
  startedAt: number;
  submittedAt: number;
  durationSeconds: number;
};
export type TProgressRow = {
  id: string;
  userId: string;
  moduleId: string;
  bestScore: number;
  attemptCount: number;
  firstPassedAt: number | null;
  lastPassedAt: number | null;
  lastActivityAt: number;
};
export type TCompletionRow = {
  id: string;
  userId: string;
  completingAttemptId: string;
  completedAt: number;
  expiresAt: number;
  graceDays: number;
  scores: string;
  scorePercent: number;
  timeSpentSeconds: number;
  cpdMinutes: number;
};
export type TCertificateRow = {
  id: string;
  number: string;
  completionId: string;
  userId: string;
  learnerName: string;
  organisationName: string;
  completedAt: number;
  expiresAt: number;
  graceDays: number;
  scorePercent: number;
  cpdMinutes: number;
};
export type TEnrolmentRow = {
  id: string;
  userId: string;
  organisationId: string;
  dueAt: number | null;
  assignedAt: number | null;
  assignedById: string | null;
  modulesPassed: number;
  lastActivityAt: number | null;
  completedAt: number | null;
  validUntil: number | null;
  certificateNumber: string | null;
  scorePercent: number | null;
};

export type THistory = {
  views: TViewRow[];
  attempts: TAttemptRow[];
  progress: TProgressRow[];
  completion: TCompletionRow | null;
  certificate: TCertificateRow | null;
  enrolment: TEnrolmentRow;
};
