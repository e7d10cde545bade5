// class-transformer's @Type reads design metadata: load the polyfill before any payload class.
import 'reflect-metadata';

export * from './invalid-message.error';
export * from './message-type';
export * from './messages/ban-recorded.message';
export * from './messages/deadline-rung-due.message';
export * from './messages/evaluation-published.message';
export * from './messages/filing-accepted.message';
export * from './messages/handoff-received.message';
export * from './messages/handoff-webhook-due.message';
export * from './messages/holiday-notice-loaded.message';
export * from './messages/notification-requested.message';
export * from './messages/provincial-push-due.message';
export * from './messages/registration-approved.message';
export * from './messages/registration-cancelled.message';
export * from './messages/registration-changed.message';
export * from './notices/deadline-notice.props';
export * from './notices/evaluation-notices.props';
export * from './notices/filing-due.props';
export * from './notices/filing-notices.props';
export * from './notices/notice-template';
export * from './notices/sign-in-code.props';
export * from './parse-message';
export * from './queue-contract';
export * from './queue-name';
export * from './validate-payload';
