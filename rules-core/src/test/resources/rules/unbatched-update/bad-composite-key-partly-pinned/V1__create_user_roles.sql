-- since: 1
CREATE TABLE user_roles (
    user_id bigint NOT NULL,
    role_id bigint NOT NULL,
    granted_by text,
    PRIMARY KEY (user_id, role_id)
);
