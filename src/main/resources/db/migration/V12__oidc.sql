-- OpenID Connect login (ADR 0019): the provider's stable identifier of the person, remembered at
-- their first OIDC login, so later logins match by it even if their email changes.
alter table member add column oidc_issuer varchar(500);
alter table member add column oidc_subject varchar(255);
create unique index member_oidc_subject on member (oidc_issuer, oidc_subject);
