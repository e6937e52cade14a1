using System.Data.Common;

namespace Truce.Storage;

/// <summary>
/// The open transaction of one store write, handed to its <c>inTransaction</c> hook so that other
/// records (log entries, Merkle hashes) commit atomically with it. Valid only during the hook; do not
/// commit, roll back or dispose it — the store does.
/// </summary>
public sealed class StoreTransaction
{
    internal StoreTransaction(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>A command enlisted in this transaction.</summary>
    public DbCommand CreateCommand(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
