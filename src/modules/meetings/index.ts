export { meetingsRoutes } from './routes.js';
export { postMeetingDay, postMeetingDays } from './post-meeting-day.js';
