#include "lint/lintrule.h"

namespace slipway {

// One factory per rule; each lives in the file named after its class.
std::unique_ptr<LintRule> makeAddingFieldWithDefault();
std::unique_ptr<LintRule> makeAddingForeignKeyConstraint();
std::unique_ptr<LintRule> makeAddingNotNullableField();
std::unique_ptr<LintRule> makeAddingRequiredField();
std::unique_ptr<LintRule> makeAddingSerialPrimaryKeyField();
std::unique_ptr<LintRule> makeBanAlterDomainWithAddConstraint();
std::unique_ptr<LintRule> makeBanCharField();
std::unique_ptr<LintRule> makeBanConcurrentIndexCreationInTransaction();
std::unique_ptr<LintRule> makeBanCreateDomainWithConstraint();
std::unique_ptr<LintRule> makeBanDropColumn();
std::unique_ptr<LintRule> makeBanDropDatabase();
std::unique_ptr<LintRule> makeBanDropNotNull();
std::unique_ptr<LintRule> makeBanDropTable();
std::unique_ptr<LintRule> makeBanDuplicateColumnAssignments();
std::unique_ptr<LintRule> makeBanTruncateCascade();
std::unique_ptr<LintRule> makeBanUncommittedTransaction();
std::unique_ptr<LintRule> makeChangingColumnType();
std::unique_ptr<LintRule> makeConstraintMissingNotValid();
std::unique_ptr<LintRule> makeDisallowedUniqueConstraint();
std::unique_ptr<LintRule> makeIdentifierTooLong();
std::unique_ptr<LintRule> makePreferBigintOverInt();
std::unique_ptr<LintRule> makePreferBigintOverSmallint();
std::unique_ptr<LintRule> makePreferIdentity();
std::unique_ptr<LintRule> makePreferRepack();
std::unique_ptr<LintRule> makePreferRobustStmts();
std::unique_ptr<LintRule> makePreferTextField();
std::unique_ptr<LintRule> makePreferTimestampTz();
std::unique_ptr<LintRule> makeRenamingColumn();
std::unique_ptr<LintRule> makeRenamingTable();
std::unique_ptr<LintRule> makeRequireConcurrentIndexCreation();
std::unique_ptr<LintRule> makeRequireConcurrentIndexDeletion();
std::unique_ptr<LintRule> makeRequireConcurrentPartitionDetach();
std::unique_ptr<LintRule> makeRequireConcurrentReindex();
std::unique_ptr<LintRule> makeRequireEnumValueOrdering();
std::unique_ptr<LintRule> makeRequireLockTimeout();
std::unique_ptr<LintRule> makeRequireStatementTimeout();
std::unique_ptr<LintRule> makeRequireTableSchema();
std::unique_ptr<LintRule> makeTransactionNesting();

LintRules squawkRules()
{
    LintRules rules;
    for (auto make : {makeAddingFieldWithDefault, makeAddingForeignKeyConstraint, makeAddingNotNullableField,
                      makeAddingRequiredField, makeAddingSerialPrimaryKeyField, makeBanAlterDomainWithAddConstraint,
                      makeBanCharField, makeBanConcurrentIndexCreationInTransaction, makeBanCreateDomainWithConstraint,
                      makeBanDropColumn, makeBanDropDatabase, makeBanDropNotNull, makeBanDropTable,
                      makeBanDuplicateColumnAssignments, makeBanTruncateCascade, makeBanUncommittedTransaction,
                      makeChangingColumnType, makeConstraintMissingNotValid, makeDisallowedUniqueConstraint,
                      makeIdentifierTooLong, makePreferBigintOverInt, makePreferBigintOverSmallint, makePreferIdentity,
                      makePreferRepack, makePreferRobustStmts, makePreferTextField, makePreferTimestampTz,
                      makeRenamingColumn, makeRenamingTable, makeRequireConcurrentIndexCreation,
                      makeRequireConcurrentIndexDeletion, makeRequireConcurrentPartitionDetach,
                      makeRequireConcurrentReindex, makeRequireEnumValueOrdering, makeRequireLockTimeout,
                      makeRequireStatementTimeout, makeRequireTableSchema, makeTransactionNesting})
        rules.push_back(make());
    return rules;
}

} // namespace slipway
