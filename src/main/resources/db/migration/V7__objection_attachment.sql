-- An objection may carry one file (evidence for the complaint). Its bytes live in the same
-- content-addressed file store as proposal attachments; the row keeps what is needed to send it
-- back. The unused reference column of V5 gives way to these.
alter table objection drop column attachment_id;
alter table objection add column attachment_name varchar(255);
alter table objection add column attachment_type varchar(100);
alter table objection add column attachment_size bigint;
alter table objection add column attachment_sha256 varchar(64);
alter table objection add constraint ck_objection_attachment
    check ((attachment_sha256 is null and attachment_name is null and attachment_type is null and attachment_size is null)
        or (attachment_sha256 is not null and attachment_name is not null and attachment_type is not null
            and attachment_size > 0));
