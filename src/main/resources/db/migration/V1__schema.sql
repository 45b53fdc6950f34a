-- Metaverse Atlas store, version 1. Every record says whether it came with the application (BUNDLED) or was
-- imported by the user (IMPORTED), so that a newer bundled dataset can replace its own records only.

CREATE TABLE dataset_info (
    name  VARCHAR(64) PRIMARY KEY,
    val   VARCHAR(1024) NOT NULL
);

CREATE TABLE province (
    code     VARCHAR(8) PRIMARY KEY,
    name_en  VARCHAR(64) NOT NULL,
    name_zh  VARCHAR(64)
);

CREATE TABLE city (
    id             VARCHAR(160) PRIMARY KEY,
    name_en        VARCHAR(120) NOT NULL,
    name_zh        VARCHAR(64),
    province_code  VARCHAR(8) NOT NULL REFERENCES province (code),
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL
);

CREATE TABLE source (
    id         VARCHAR(160) PRIMARY KEY,
    title      VARCHAR(1000) NOT NULL,
    publisher  VARCHAR(500),
    published  DATE,
    url        VARCHAR(2000),
    origin     VARCHAR(16) NOT NULL
);

CREATE TABLE organization (
    id             VARCHAR(160) PRIMARY KEY,
    name           VARCHAR(500) NOT NULL,
    org_type       VARCHAR(32),
    city_id        VARCHAR(160) REFERENCES city (id),
    province_code  VARCHAR(8) REFERENCES province (code),
    description    VARCHAR(4000),
    origin         VARCHAR(16) NOT NULL
);

CREATE TABLE organization_claim (
    organization_id  VARCHAR(160) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    source_id        VARCHAR(160) NOT NULL REFERENCES source (id),
    PRIMARY KEY (organization_id, position)
);

CREATE TABLE organization_source (
    organization_id  VARCHAR(160) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    source_id        VARCHAR(160) NOT NULL REFERENCES source (id),
    PRIMARY KEY (organization_id, position)
);

CREATE TABLE person (
    id      VARCHAR(160) PRIMARY KEY,
    name    VARCHAR(300) NOT NULL,
    title   VARCHAR(100),
    origin  VARCHAR(16) NOT NULL
);

CREATE TABLE person_role (
    person_id        VARCHAR(160) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    role             VARCHAR(200) NOT NULL,
    organization_id  VARCHAR(160) REFERENCES organization (id),
    source_id        VARCHAR(160) NOT NULL REFERENCES source (id),
    PRIMARY KEY (person_id, position)
);

CREATE TABLE initiative (
    id              VARCHAR(160) PRIMARY KEY,
    title           VARCHAR(1000) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE NOT NULL,
    date_precision  VARCHAR(16) NOT NULL,
    district        VARCHAR(200),
    district_zh     VARCHAR(100),
    venue           VARCHAR(500),
    city_id         VARCHAR(160) REFERENCES city (id),
    province_code   VARCHAR(8) REFERENCES province (code),
    scope           VARCHAR(16) NOT NULL,
    summary         VARCHAR(8000),
    synthetic       BOOLEAN NOT NULL,
    origin          VARCHAR(16) NOT NULL,
    search_text     VARCHAR(20000) NOT NULL
);

CREATE TABLE initiative_organization (
    initiative_id    VARCHAR(160) NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    organization_id  VARCHAR(160) NOT NULL REFERENCES organization (id),
    role             VARCHAR(32) NOT NULL,
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_person (
    initiative_id  VARCHAR(160) NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    person_id      VARCHAR(160) NOT NULL REFERENCES person (id),
    role           VARCHAR(200) NOT NULL,
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_source (
    initiative_id  VARCHAR(160) NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    source_id      VARCHAR(160) NOT NULL REFERENCES source (id),
    PRIMARY KEY (initiative_id, position)
);

CREATE INDEX initiative_city ON initiative (city_id);
CREATE INDEX initiative_province ON initiative (province_code);
CREATE INDEX initiative_start ON initiative (start_date);
CREATE INDEX initiative_kind ON initiative (kind);
CREATE INDEX initiative_origin ON initiative (origin);
CREATE INDEX initiative_organization_org ON initiative_organization (organization_id);
CREATE INDEX organization_city ON organization (city_id);
