alter table ops.projects enable row level security;
alter table ops.parity_results enable row level security;

create policy "service role manages projects" on ops.projects
  for all to service_role using (true) with check (true);
create policy "service role manages parity results" on ops.parity_results
  for all to service_role using (true) with check (true);
