package app.corroborate.store.postgres;

import static app.corroborate.store.StoreFixtures.CLOCK;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.CaseStoreContract;
import java.sql.Connection;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a case on a real PostgreSQL server. */
class PostgresContractTest extends CaseStoreContract {

    @RegisterExtension
    static final PostgresServer SERVER = new PostgresServer();

    @Override
    protected CaseStore create() throws CaseException {
        CaseLocation.Server at = SERVER.location(PostgresServer.newCaseName("contract"));
        return PostgresCaseStore.create(at, SERVER.address(at), "Flood", "Mara", CLOCK);
    }

    @Override
    protected CaseStore reopen(CaseStore store) throws CaseException {
        CaseLocation.Server at = (CaseLocation.Server) store.location();
        return PostgresCaseStore.open(at, SERVER.address(at), CLOCK);
    }

    @Override
    protected Connection connect(CaseStore store) throws Exception {
        return SERVER.connect((CaseLocation.Server) store.location());
    }
}
