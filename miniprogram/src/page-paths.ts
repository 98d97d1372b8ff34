/** The pages the API sends people to, from the API's own list (compiled in: see config/index.ts), so both sides name them alike. */
export { invitationPage, PAGE } from '../../api/src/shared/page-paths';
