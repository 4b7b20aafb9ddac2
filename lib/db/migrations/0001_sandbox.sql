CREATE TABLE "sandbox_enov_accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_enov_accounts_login_unique" UNIQUE("login"),
	CONSTRAINT "sandbox_enov_accounts_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "sandbox_enov_appkeys" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"application" text NOT NULL,
	"appkey" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_enov_appkeys_appkey_unique" UNIQUE("appkey")
);
--> statement-breakpoint
CREATE TABLE "sandbox_enov_invoices" (
	"reference" text PRIMARY KEY NOT NULL,
	"idcontrat" text NOT NULL,
	"date_facture" text NOT NULL,
	"position" integer NOT NULL,
	"montant" integer NOT NULL,
	"montant_regle" integer NOT NULL,
	"etat" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_enov_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"refpaiement" text NOT NULL,
	"reference" text NOT NULL,
	"montant" integer NOT NULL,
	"datepaiement" text NOT NULL,
	"codestatut" text NOT NULL,
	"libstatut" text,
	"applied" boolean NOT NULL,
	"repeats" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_enov_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_faults" (
	"endpoint" text PRIMARY KEY NOT NULL,
	"latency_ms" integer DEFAULT 0 NOT NULL,
	"failure" text,
	"code" text,
	"rate_percent" integer DEFAULT 100 NOT NULL,
	"hang_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_journal" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"upstream" text NOT NULL,
	"endpoint" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request" jsonb,
	"response_status" integer NOT NULL,
	"response_body" jsonb,
	"fault" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sandbox_lovat_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transaction_id" text NOT NULL,
	"status" text NOT NULL,
	"digital" boolean NOT NULL,
	"fields" jsonb NOT NULL,
	"vat" jsonb,
	"repeats" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_lovat_tokens" (
	"token" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sandbox_enov_appkeys" ADD CONSTRAINT "sandbox_enov_appkeys_account_id_sandbox_enov_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."sandbox_enov_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandbox_enov_sessions" ADD CONSTRAINT "sandbox_enov_sessions_account_id_sandbox_enov_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."sandbox_enov_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sandbox_enov_invoices_contract_idx" ON "sandbox_enov_invoices" USING btree ("idcontrat","position");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_enov_notifications_applied_ref_idx" ON "sandbox_enov_notifications" USING btree ("refpaiement") WHERE "sandbox_enov_notifications"."applied";--> statement-breakpoint
CREATE INDEX "sandbox_enov_notifications_reference_idx" ON "sandbox_enov_notifications" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "sandbox_journal_upstream_idx" ON "sandbox_journal" USING btree ("upstream","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_lovat_reports_tx_status_idx" ON "sandbox_lovat_reports" USING btree ("transaction_id","status");