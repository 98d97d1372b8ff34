// Sign-in, the privacy guide and personal data, as the mini-program uses them.
import { graphql } from '../gql';

/** What a sign-in returns, whichever way it was made: the tokens, and whether the privacy guide comes next. */
export const SignedInFragment = graphql(`
  fragment SignedIn on AuthSession {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    me {
      id
      needsPrivacyConsent
      currentPrivacyPolicyVersion
    }
  }
`);

export const LoginWithWeChatMutation = graphql(`
  mutation LoginWithWeChat($code: String!) {
    loginWithWeChat(code: $code) {
      ...SignedIn
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      realName
      phone
      idNumber
      acceptedPrivacyPolicyVersion
      currentPrivacyPolicyVersion
      needsPrivacyConsent
      staffRoles {
        id
        role
        displayName
        committeeId
        regionCode
        mediatorId
        gridUnitId
        gridUnit {
          id
          name
          regionCode
          committeeId
        }
      }
    }
  }
`);

export const AcceptPrivacyPolicyMutation = graphql(`
  mutation AcceptPrivacyPolicy($version: String!) {
    acceptPrivacyPolicy(version: $version) {
      id
      needsPrivacyConsent
    }
  }
`);

export const BindPhoneNumberMutation = graphql(`
  mutation BindPhoneNumber($code: String!) {
    bindPhoneNumber(code: $code) {
      id
      phone
    }
  }
`);

export const RedeemStaffInvitationMutation = graphql(`
  mutation RedeemStaffInvitation($code: String!) {
    redeemStaffInvitation(code: $code) {
      id
      staffRoles {
        role
        displayName
      }
    }
  }
`);

/** Development sign-in by name (demo accounts); the API refuses it in production. */
export const DevLoginMutation = graphql(`
  mutation DevLogin($name: String!) {
    devLogin(name: $name) {
      ...SignedIn
    }
  }
`);
