-- Only for ProcessingRegisterTests, in a schema of its own: a migration that adds a column nobody put in the register.
alter table resident add column shoe_size int;
