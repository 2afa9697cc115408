import { getRouteApi, Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { authClient } from '../../lib/auth-client';
import { AuthError, AuthLayout } from './auth-layout';
import { useAuthSubmit } from './use-auth-submit';

const route = getRouteApi('/sign-up');

/** The server's own rule (packages/auth): 8 to 128 characters. */
const PASSWORD_MIN = 8;

export function SignUpPage() {
  const { redirect } = route.useSearch();
  const { submit, error } = useAuthSubmit(redirect);
  const form = useForm({ defaultValues: { name: '', email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  return (
    <AuthLayout
      title="Create your account"
      subtitle="Run expert-call campaigns across every network in one place."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/sign-in" search={{ redirect }} className="font-medium text-primary">
            Sign in
          </Link>
        </>
      }
    >
      <form
        className="grid gap-4"
        noValidate
        onSubmit={form.handleSubmit((values) => submit(() => authClient.signUp.email(values)))}
      >
        <Field label="Name" error={errors.name?.message}>
          <Input
            autoComplete="name"
            autoFocus
            {...form.register('name', {
              required: 'Enter your name',
              validate: (v) => v.trim().length > 0 || 'Enter your name',
            })}
          />
        </Field>
        <Field label="Work email" error={errors.email?.message}>
          <Input
            type="email"
            autoComplete="email"
            {...form.register('email', {
              required: 'Enter your email',
              pattern: {
                value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
                message: 'Not a valid email address',
              },
            })}
          />
        </Field>
        <Field
          label="Password"
          hint={`At least ${PASSWORD_MIN} characters.`}
          error={errors.password?.message}
        >
          <Input
            type="password"
            autoComplete="new-password"
            {...form.register('password', {
              required: 'Choose a password',
              minLength: { value: PASSWORD_MIN, message: `At least ${PASSWORD_MIN} characters` },
              maxLength: { value: 128, message: 'At most 128 characters' },
            })}
          />
        </Field>
        <AuthError message={error} />
        <Button type="submit" disabled={isSubmitting} className="w-full">
          {isSubmitting ? 'Creating account…' : 'Create account'}
        </Button>
      </form>
    </AuthLayout>
  );
}
