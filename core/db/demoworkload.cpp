#include "demoworkload.h"

#include "connectionprofile.h"

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace slipway {

namespace {

using Clock = std::chrono::steady_clock;

// Adds connect_timeout to a URI or key=value conninfo unless it has one, so
// a reconnect to an unreachable host cannot hold stop() up for long.
std::string withConnectTimeout(const QString &conninfo)
{
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!options) {
        PQfreemem(parseError);
        return conninfo.toStdString(); // the connect attempt reports the problem
    }
    QStringList parts;
    bool hasTimeout = false;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        hasTimeout = hasTimeout || keyword == QLatin1String("connect_timeout");
        parts << keyword + QLatin1Char('=') + quoteConninfoValue(QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    if (!hasTimeout)
        parts << QStringLiteral("connect_timeout=3");
    return parts.join(QLatin1Char(' ')).toStdString();
}

// Worth another try on the same connection: the statement lost a race, not the argument.
bool isTransient(const std::string &sqlState)
{
    return sqlState == "40001"     // serialization_failure
        || sqlState == "40P01"     // deadlock_detected
        || sqlState == "55P03"     // lock_not_available (lock_timeout)
        || sqlState == "57014"     // query_canceled (statement_timeout)
        || sqlState == "53300";    // too_many_connections
}

struct Client {
    std::mutex mutex;                       // guards connection for cancel_query()
    pqxx::connection *connection = nullptr; // owned by the client thread
    std::atomic<bool> finished{false};      // its thread has returned
};

} // namespace

struct DemoWorkload::Private {
    DemoWorkload *q = nullptr;
    std::string conninfo;
    DemoWorkloadOptions options;

    std::atomic<bool> running{false};
    std::atomic<bool> stopping{false};
    std::mutex waitMutex;
    std::condition_variable wake;

    std::atomic<qint64> committed{0};
    std::atomic<qint64> failed{0};
    std::atomic<qint64> reconnects{0};
    mutable std::mutex errorMutex;
    QString lastError;

    std::vector<std::unique_ptr<Client>> clients;
    std::vector<std::thread> threads;
    std::thread reporter;

    // Sleeps until `until` or stop(); false when stopping.
    bool waitUntil(Clock::time_point until)
    {
        std::unique_lock lock(waitMutex);
        return !wake.wait_until(lock, until, [this] { return stopping.load(); });
    }

    void recordFailure(const std::exception &e)
    {
        ++failed;
        std::lock_guard lock(errorMutex);
        lastError = QString::fromUtf8(e.what()).trimmed();
    }

    void runClient(int index);
    void runReporter();
};

namespace {

struct Ids {
    qint64 maxCustomer = 1;
    qint64 maxProduct = 1;
};

void placeOrder(pqxx::connection &connection, std::mt19937_64 &rng, const Ids &ids)
{
    std::uniform_int_distribution<qint64> customer(1, ids.maxCustomer);
    std::uniform_int_distribution<qint64> product(1, ids.maxProduct);
    std::uniform_int_distribution<int> itemCount(1, 3);
    std::uniform_int_distribution<int> quantity(1, 4);
    std::vector<qint64> products(size_t(itemCount(rng)));
    for (qint64 &id : products)
        id = product(rng);
    // Lock products in id order, so concurrent orders cannot deadlock.
    std::sort(products.begin(), products.end());
    products.erase(std::unique(products.begin(), products.end()), products.end());

    pqxx::work tx(connection);
    const pqxx::result order = tx.exec_params(
        "INSERT INTO orders (customer_id, shipping_address) "
        "SELECT c.id, '1 Workload Street, 10115 Berlin' FROM customers c WHERE c.id = $1 "
        "RETURNING id",
        customer(rng));
    if (order.empty())
        return; // no such customer (deleted by hand): nothing to do
    const qint64 orderId = order[0][0].as<qint64>();
    qint64 total = 0;
    for (qint64 productId : products) {
        const int count = quantity(rng);
        const pqxx::result price = tx.exec_params(
            "UPDATE products SET stock = greatest(stock - $2, 0) WHERE id = $1 RETURNING price_cents",
            productId, count);
        if (price.empty())
            continue;
        const qint64 unitPrice = price[0][0].as<qint64>();
        tx.exec_params0("INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) "
                        "VALUES ($1, $2, $3, $4)",
                        orderId, productId, count, unitPrice);
        total += unitPrice * count;
    }
    tx.exec_params0("UPDATE orders SET total_cents = $2 WHERE id = $1", orderId, total);
    tx.commit();
}

void updateCustomer(pqxx::connection &connection, std::mt19937_64 &rng, const Ids &ids)
{
    std::uniform_int_distribution<qint64> customer(1, ids.maxCustomer);
    std::uniform_int_distribution<int> digits(1000000, 9999999);
    pqxx::work tx(connection);
    tx.exec_params("UPDATE customers SET phone = $2, marketing_opt_in = NOT marketing_opt_in WHERE id = $1",
                   customer(rng), "+49 30 " + std::to_string(digits(rng)));
    tx.commit();
}

void readRecentOrders(pqxx::connection &connection, std::mt19937_64 &rng, const Ids &ids)
{
    std::uniform_int_distribution<qint64> customer(1, ids.maxCustomer);
    pqxx::read_transaction tx(connection);
    tx.exec_params("SELECT o.id, o.status, o.total_cents, o.placed_at, count(i.id) AS items "
                   "FROM orders o LEFT JOIN order_items i ON i.order_id = o.id "
                   "WHERE o.customer_id = $1 "
                   "GROUP BY o.id ORDER BY o.placed_at DESC LIMIT 10",
                   customer(rng));
    tx.commit();
}

void recordPayment(pqxx::connection &connection, std::mt19937_64 &rng)
{
    static const char *const methods[] = {"card", "sepa_debit", "paypal", "invoice"};
    std::uniform_int_distribution<size_t> method(0, std::size(methods) - 1);
    pqxx::work tx(connection);
    const pqxx::result order = tx.exec("SELECT id, total_cents FROM orders WHERE status = 'pending' "
                                       "ORDER BY placed_at LIMIT 1 FOR UPDATE SKIP LOCKED");
    if (!order.empty()) {
        const qint64 orderId = order[0][0].as<qint64>();
        tx.exec_params0("INSERT INTO payments (order_id, amount_cents, method, provider_ref) "
                        "VALUES ($1, $2, $3, $4)",
                        orderId, order[0][1].as<qint64>(), std::string(methods[method(rng)]),
                        "pi_workload_" + std::to_string(orderId));
        tx.exec_params0("UPDATE orders SET status = 'paid' WHERE id = $1", orderId);
    }
    tx.commit();
}

} // namespace

void DemoWorkload::Private::runClient(int index)
{
    Client &client = *clients[size_t(index)];
    std::mt19937_64 rng(std::random_device{}() + unsigned(index));
    std::uniform_int_distribution<int> pick(0, 99);
    std::unique_ptr<pqxx::connection> connection;
    Ids ids;
    bool connectedBefore = false;
    int backoffMs = 100;
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / std::max(0.01, options.transactionsPerSecond)));
    auto next = Clock::now();

    const auto dropConnection = [&] {
        std::lock_guard lock(client.mutex);
        client.connection = nullptr;
        connection.reset();
    };

    while (!stopping) {
        if (!connection) {
            try {
                auto fresh = std::make_unique<pqxx::connection>(conninfo);
                pqxx::nontransaction setup(*fresh);
                setup.exec("SET application_name = 'slipway-demo-workload'; SET lock_timeout = '1s'; "
                           "SET statement_timeout = '5s'; SET idle_in_transaction_session_timeout = '30s'");
                const pqxx::row row = setup.exec1(
                    "SELECT coalesce((SELECT max(id) FROM customers), 1), "
                    "coalesce((SELECT max(id) FROM products), 1)");
                ids = {row[0].as<qint64>(), row[1].as<qint64>()};
                setup.commit();
                std::lock_guard lock(client.mutex);
                connection = std::move(fresh);
                client.connection = connection.get();
            } catch (const std::exception &e) {
                if (stopping)
                    break;
                recordFailure(e);
                if (!waitUntil(Clock::now() + std::chrono::milliseconds(backoffMs)))
                    break;
                backoffMs = std::min(backoffMs * 2, 2000);
                continue;
            }
            if (connectedBefore)
                ++reconnects;
            connectedBefore = true;
            backoffMs = 100;
        }

        // A steady pace; after a long stall start afresh instead of bursting.
        next += interval;
        const auto now = Clock::now();
        if (next < now - std::chrono::seconds(1))
            next = now;
        if (!waitUntil(next))
            break;

        const int kind = pick(rng);
        for (int attempt = 1; attempt <= 3 && !stopping; ++attempt) {
            try {
                if (kind < 30)
                    placeOrder(*connection, rng, ids);
                else if (kind < 50)
                    updateCustomer(*connection, rng, ids);
                else if (kind < 85)
                    readRecentOrders(*connection, rng, ids);
                else
                    recordPayment(*connection, rng);
                ++committed;
                break;
            } catch (const pqxx::sql_error &e) {
                if (stopping)
                    break; // cancelled by stop()
                recordFailure(e);
                if (!connection->is_open()) {
                    dropConnection();
                    break;
                }
                if (!isTransient(e.sqlstate()))
                    break;
                if (!waitUntil(Clock::now() + std::chrono::milliseconds(50 * attempt)))
                    break;
            } catch (const std::exception &e) { // broken_connection, in_doubt_error, ...
                if (!stopping)
                    recordFailure(e);
                dropConnection();
                break;
            }
        }
    }
    dropConnection();
}

void DemoWorkload::Private::runReporter()
{
    while (waitUntil(Clock::now() + std::chrono::seconds(1)))
        emit q->statsChanged(q->stats());
}

DemoWorkload::DemoWorkload(const QString &conninfo, const DemoWorkloadOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->conninfo = withConnectTimeout(conninfo);
    d->options = options;
    d->options.clients = std::clamp(options.clients, 1, 64);
}

DemoWorkload::~DemoWorkload()
{
    stop();
}

void DemoWorkload::start()
{
    if (d->running)
        return;
    d->stopping = false;
    d->running = true;
    d->clients.clear();
    for (int i = 0; i < d->options.clients; ++i)
        d->clients.push_back(std::make_unique<Client>());
    for (int i = 0; i < d->options.clients; ++i)
        d->threads.emplace_back([this, i] {
            d->runClient(i);
            d->clients[size_t(i)]->finished = true;
        });
    d->reporter = std::thread([this] { d->runReporter(); });
}

void DemoWorkload::stop()
{
    if (!d->running)
        return;
    {
        std::lock_guard lock(d->waitMutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    // Wake clients waiting on a lock or a slow statement now, not at their
    // timeout. A statement that started just after a cancel is not affected by
    // it, so cancel again until every client has returned.
    for (;;) {
        bool allFinished = true;
        for (const auto &client : d->clients) {
            if (client->finished)
                continue;
            allFinished = false;
            std::lock_guard lock(client->mutex);
            if (client->connection) {
                try {
                    client->connection->cancel_query();
                } catch (const std::exception &) {
                    // already gone: nothing to cancel
                }
            }
        }
        if (allFinished)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (std::thread &thread : d->threads)
        thread.join();
    d->threads.clear();
    d->reporter.join();
    d->running = false;
    emit statsChanged(stats());
}

bool DemoWorkload::isRunning() const
{
    return d->running;
}

DemoWorkloadStats DemoWorkload::stats() const
{
    DemoWorkloadStats stats;
    stats.committed = d->committed;
    stats.failed = d->failed;
    stats.reconnects = d->reconnects;
    std::lock_guard lock(d->errorMutex);
    stats.lastError = d->lastError;
    return stats;
}

} // namespace slipway
