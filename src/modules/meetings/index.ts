export { meetingsRoutes } from './routes.js';
export { postMeetingDay } from './post-meeting-day.js';
