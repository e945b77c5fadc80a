
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's034aa3cc25c9b40d': `The server took too long to answer. Please try again.`,
's0820f63c32b70ff9': `Your session has expired. Please log in again.`,
's1adaa87371dea9c3': `Could not reach the server. Please check your connection and try again.`,
's26167800a3877168': str`The account is locked until ${0}.`,
's26c4e862fd342685': `The request could not be completed. Please try again.`,
's26ee6c37c0c33f4f': `Some details are not valid. Please check them.`,
's2eed5f104717dd55': `Loading…`,
's4defbfd1be46b2b4': str`Too many attempts. Please try again in ${0} seconds.`,
's5b214bcf739e07b8': `You need to change your password before viewing your records.`,
's6b62d3134b3550ad': `Need help? Call the hotline`,
's6e048efc7e80ed50': `The service is having trouble. Please try again later.`,
's8ba685e5fc42a8a2': `Log in`,
'sa53fb0758a2188a3': `The request was cancelled.`,
'sac5ee29d11a76aba': `Nothing was found.`,
'sae3bd45804d5ab10': `Your session has expired or you are not logged in.`,
'sc80d6e355c28d3d0': `The data received was not valid. Please try again later.`,
'sd287d715eb2b3a3e': `Try again`,
'sd77d6b23a75cb512': str`Wrong social insurance code or password. ${0} attempts left.`,
    };
  