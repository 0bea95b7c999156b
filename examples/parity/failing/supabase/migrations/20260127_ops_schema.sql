create schema if not exists ops;

create table ops.projects (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);

create table ops.parity_results (
  id bigint generated always as identity primary key,
  project_id uuid not null references ops.projects (id),
  score numeric(5, 2) not null check (score between 0 and 100),
  recorded_at timestamptz not null default now()
);
create index parity_results_project_idx on ops.parity_results (project_id, recorded_at desc);
