import { getRouteApi, Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { authClient } from '../../lib/auth-client';
import { AuthError, AuthLayout } from './auth-layout';
import { useAuthSubmit } from './use-auth-submit';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { redirect } = route.useSearch();
  const { submit, error } = useAuthSubmit(redirect);
  const form = useForm({ defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Your campaigns are where you left them."
      footer={
        <>
          New here?{' '}
          <Link to="/sign-up" search={{ redirect }} className="font-medium text-primary">
            Create an account
          </Link>
        </>
      }
    >
      <form
        className="grid gap-4"
        noValidate
        onSubmit={form.handleSubmit((values) => submit(() => authClient.signIn.email(values)))}
      >
        <Field label="Email" error={errors.email?.message}>
          <Input
            type="email"
            autoComplete="email"
            autoFocus
            {...form.register('email', { required: 'Enter your email' })}
          />
        </Field>
        <Field label="Password" error={errors.password?.message}>
          <Input
            type="password"
            autoComplete="current-password"
            {...form.register('password', { required: 'Enter your password' })}
          />
        </Field>
        <AuthError message={error} />
        <Button type="submit" disabled={isSubmitting} className="w-full">
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthLayout>
  );
}
