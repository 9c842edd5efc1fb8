-- Sign-in with an OpenID Connect provider (optional, issue 15): an account made by a provider is found again by
-- the provider's issuer and the subject it gives the person, never by a name or an email address, which a
-- person can change at the provider. Such an account has no password (password_hash stays null). An account
-- made with a password has neither column set.

alter table account add column provider_issuer varchar(300);
alter table account add column provider_subject varchar(255);
alter table account add constraint account_provider_once unique (provider_issuer, provider_subject);
