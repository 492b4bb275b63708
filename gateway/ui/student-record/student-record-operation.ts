// The page's one link to the schema: StudentRecord (gateway/operations/student-record.graphql), typed by codegen.
export { StudentRecordDocument, type StudentRecordQuery } from '@careergraph/client';
