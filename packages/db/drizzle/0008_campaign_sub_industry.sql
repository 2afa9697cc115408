-- A finer field within the industry ("Dental services (DSO)"), set in the wizard and the edit form.
ALTER TABLE "expert_network"."campaigns" ADD COLUMN "sub_industry" text;
