package app.corroborate.store.sqlite;

import static app.corroborate.store.StoreFixtures.CLOCK;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.CaseStoreContract;
import java.sql.Connection;
import java.sql.DriverManager;

/** The store contract on a case file. */
class SqliteContractTest extends CaseStoreContract {

    @Override
    protected CaseStore create() throws CaseException {
        return SqliteCaseStore.create(dir.resolve("flood.corroborate"), "Flood", "Mara", CLOCK);
    }

    @Override
    protected CaseStore reopen(CaseStore store) throws CaseException {
        return SqliteCaseStore.open(store.file(), CLOCK);
    }

    @Override
    protected Connection connect(CaseStore store) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + store.file());
    }
}
