// Written into the SQLite header (PRAGMA application_id) so Copydesk can tell
// its own files from any other SQLite database a user points it at. "CDSK".
export const APPLICATION_ID = 0x4344534b;
