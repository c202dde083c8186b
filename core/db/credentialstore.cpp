#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace slipway {

namespace {

CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    CredentialStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Result::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Result::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = CredentialStore::Result::Status::Unavailable;
        break;
    default:
        result.status = CredentialStore::Result::Status::Failed;
        break;
    }
    result.message = job.errorString();
    return result;
}

template<typename JobType>
JobType *prepare(JobType *job, const QString &profileId)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(profileId);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Slipway database connections");
}

void CredentialStore::readPassword(const QString &profileId, Callback done)
{
    auto *job = prepare(new QKeychain::ReadPasswordJob(serviceName(), this), profileId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Result result = resultOf(*job);
        if (result.status == Result::Status::Ok)
            result.password = job->textData();
        done(result);
    });
    job->start();
}

void CredentialStore::writePassword(const QString &profileId, const QString &password, Callback done)
{
    auto *job = prepare(new QKeychain::WritePasswordJob(serviceName(), this), profileId);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(resultOf(*job)); });
    job->start();
}

void CredentialStore::removePassword(const QString &profileId, Callback done)
{
    auto *job = prepare(new QKeychain::DeletePasswordJob(serviceName(), this), profileId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(resultOf(*job)); });
    job->start();
}

} // namespace slipway
