/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    permissions\n    requestsPerMinute\n    status\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query ApiKeyPermissions {\n    apiKeyPermissions {\n      name\n      description\n    }\n  }\n": typeof types.ApiKeyPermissionsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      format\n      formatMissing\n      formatHint {\n        en\n        ru\n        fa\n      }\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.AttributeRegistryDocument,
    "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAttributeDefinitionDocument,
    "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderAttributeDefinitionsDocument,
    "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": typeof types.RetireAttributeDefinitionDocument,
    "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": typeof types.RestoreAttributeDefinitionDocument,
    "\n  query AttributeFormats {\n    attributeFormats {\n      key\n      base\n      module\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.AttributeFormatsDocument,
    "\n  mutation StartAttributeValuesReport($id: ID!, $format: String) {\n    startAttributeValuesReport(id: $id, format: $format)\n  }\n": typeof types.StartAttributeValuesReportDocument,
    "\n  query AttributeValuesCheck($id: ID!, $format: String) {\n    attributeValuesCheck(id: $id, format: $format) {\n      format\n      checked\n      fit\n      rewritten\n      refused\n      firstRefused {\n        customerId\n        customerNumber\n        value\n        problem {\n          code\n          params\n        }\n      }\n      firstRewritten {\n        customerId\n        customerNumber\n        value\n        storedAs\n      }\n    }\n  }\n": typeof types.AttributeValuesCheckDocument,
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occurredAt\n          type\n          actor {\n            kind\n            name\n          }\n          subject\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment SignedInStaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    mustChangePassword\n    twoFactorSetupRequired\n    locale\n    calendar\n    permissions\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": typeof types.SignedInStaffFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInStaffFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignedInStaffFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginSecondStep($challenge: String!, $code: String!) {\n    loginSecondStep(challenge: $challenge, code: $code) {\n      ...SignedInStaffFields\n    }\n  }\n": typeof types.LoginSecondStepDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment AutomationFields on Automation {\n    id\n    name\n    paused\n    trigger {\n      kind\n      params\n    }\n    condition\n    actions {\n      kind\n      params\n    }\n    recentRuns\n    templates {\n      id\n      name\n    }\n  }\n": typeof types.AutomationFieldsFragmentDoc,
    "\n  query Automations {\n    automations {\n      ...AutomationFields\n    }\n  }\n": typeof types.AutomationsDocument,
    "\n  query Automation($id: ID!) {\n    automation(id: $id) {\n      ...AutomationFields\n    }\n  }\n": typeof types.AutomationDocument,
    "\n  mutation CreateAutomation($input: AutomationInput!) {\n    createAutomation(input: $input) {\n      ...AutomationFields\n    }\n  }\n": typeof types.CreateAutomationDocument,
    "\n  mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {\n    updateAutomation(id: $id, input: $input) {\n      ...AutomationFields\n    }\n  }\n": typeof types.UpdateAutomationDocument,
    "\n  mutation SetAutomationPaused($id: ID!, $paused: Boolean!) {\n    setAutomationPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n": typeof types.SetAutomationPausedDocument,
    "\n  mutation DeleteAutomation($id: ID!) {\n    deleteAutomation(id: $id)\n  }\n": typeof types.DeleteAutomationDocument,
    "\n  query AutomationRuns($automationId: ID!, $first: Int!, $after: String) {\n    automationRuns(automationId: $automationId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          customerId\n          customerName\n          customerNumber\n          occurrence\n          state\n          errorCode\n          attempts\n          retryAt\n          createdAt\n          outcomes {\n            kind\n            state\n            code\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AutomationRunsDocument,
    "\n  fragment BalanceBatchFields on BalanceBatch {\n    id\n    status\n    currency\n    identifier\n    totalLines\n    matched\n    unmatched\n    invalid\n    inactive\n    wouldGoNegative\n    tooLow\n    applied\n  }\n": typeof types.BalanceBatchFieldsFragmentDoc,
    "\n  fragment BalanceBatchLineFields on BalanceBatchLine {\n    line\n    identifier\n    amount\n    problem\n    detail\n    detailProblem {\n      code\n      params\n    }\n  }\n": typeof types.BalanceBatchLineFieldsFragmentDoc,
    "\n  mutation PreviewBalanceBatch($input: BalanceBatchInput!, $first: Int!) {\n    previewBalanceBatch(input: $input) {\n      ...BalanceBatchFields\n      problems(first: $first) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n": typeof types.PreviewBalanceBatchDocument,
    "\n  mutation ConfirmBalanceBatch($id: ID!) {\n    confirmBalanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n": typeof types.ConfirmBalanceBatchDocument,
    "\n  query BalanceBatch($id: ID!) {\n    balanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n": typeof types.BalanceBatchDocument,
    "\n  query BalanceBatchProblems($id: ID!, $first: Int!, $afterLine: Int!) {\n    balanceBatch(id: $id) {\n      id\n      problems(first: $first, afterLine: $afterLine) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n": typeof types.BalanceBatchProblemsDocument,
    "\n  fragment BranchFields on Branch {\n    id\n    code\n    name {\n      en\n      ru\n      fa\n    }\n    address\n    active\n  }\n": typeof types.BranchFieldsFragmentDoc,
    "\n  query AllBranches {\n    branches(includeInactive: true) {\n      ...BranchFields\n      staffCount\n    }\n  }\n": typeof types.AllBranchesDocument,
    "\n  query ActiveBranches {\n    branches {\n      ...BranchFields\n    }\n  }\n": typeof types.ActiveBranchesDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": typeof types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      ...BranchFields\n    }\n  }\n": typeof types.UpdateBranchDocument,
    "\n  mutation SetBranchActive($id: ID!, $active: Boolean!) {\n    setBranchActive(id: $id, active: $active) {\n      ...BranchFields\n    }\n  }\n": typeof types.SetBranchActiveDocument,
    "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n": typeof types.DeleteBranchDocument,
    "\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    processed\n    failed\n    finishedAt\n    problems {\n      customerId\n      message\n      problem {\n        code\n        params\n      }\n    }\n  }\n": typeof types.BulkJobFieldsFragmentDoc,
    "\n  mutation StartBulkAction($selection: CustomerSelection!, $action: BulkActionInput!) {\n    startBulkAction(selection: $selection, action: $action) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.StartBulkActionDocument,
    "\n  query BulkJob($id: ID!) {\n    bulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.BulkJobDocument,
    "\n  query CustomerCardTabs($customerId: ID!) {\n    customerCardTabs(customerId: $customerId) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.CustomerCardTabsDocument,
    "\n  fragment CardTabValueFields on CardTabValue {\n    kind\n    text\n    number\n    currency\n    date\n    at\n    url\n    customerId\n    tone\n  }\n": typeof types.CardTabValueFieldsFragmentDoc,
    "\n  query CustomerCardTab($customerId: ID!, $key: String!, $language: Locale!) {\n    customerCardTab(customerId: $customerId, key: $key, language: $language) {\n      key\n      empty {\n        en\n        ru\n        fa\n      }\n      sections {\n        title {\n          en\n          ru\n          fa\n        }\n        fields {\n          label {\n            en\n            ru\n            fa\n          }\n          value {\n            ...CardTabValueFields\n          }\n        }\n        table {\n          columns {\n            label {\n              en\n              ru\n              fa\n            }\n            kind\n          }\n          rows {\n            cells {\n              ...CardTabValueFields\n            }\n          }\n          empty {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerCardTabDocument,
    "\n  query Categories {\n    categories {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query CategoriesWithCounts {\n    categories {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n": typeof types.CategoriesWithCountsDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  mutation SetCustomerCategory($customerId: ID!, $categoryId: ID) {\n    setCustomerCategory(customerId: $customerId, categoryId: $categoryId) {\n      id\n      updatedAt\n      category {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.SetCustomerCategoryDocument,
    "\n  fragment ChannelAccountFields on ChannelAccount {\n    id\n    provider\n    kind\n    name\n    enabled\n    isDefault\n    settings {\n      key\n      value\n    }\n    secretsSet\n    webhookUrl\n  }\n": typeof types.ChannelAccountFieldsFragmentDoc,
    "\n  query Channels {\n    channelProviders {\n      provider\n      kind\n      label {\n        en\n        ru\n        fa\n      }\n      settings {\n        key\n        label {\n          en\n          ru\n          fa\n        }\n        required\n        secret\n        help {\n          en\n          ru\n          fa\n        }\n        choices\n        choiceLabels {\n          value\n          label {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n    channelAccounts {\n      ...ChannelAccountFields\n    }\n  }\n": typeof types.ChannelsDocument,
    "\n  mutation SaveChannelAccount($input: SaveChannelAccountInput!) {\n    saveChannelAccount(input: $input) {\n      ...ChannelAccountFields\n    }\n  }\n": typeof types.SaveChannelAccountDocument,
    "\n  mutation DeleteChannelAccount($id: ID!) {\n    deleteChannelAccount(id: $id)\n  }\n": typeof types.DeleteChannelAccountDocument,
    "\n  mutation SendTestMessage($accountId: ID!, $to: String!, $text: String!) {\n    sendTestMessage(accountId: $accountId, to: $to, text: $text) {\n      ok\n      providerMessageId\n      retryable\n      reason\n      detail\n    }\n  }\n": typeof types.SendTestMessageDocument,
    "\n  query UploadLimit {\n    uploadMaxBytes\n  }\n": typeof types.UploadLimitDocument,
    "\n  query CustomerConsents($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      mobile\n      email\n      consents {\n        kind\n        state\n        record {\n          id\n          at\n          source\n          capturedVia\n        }\n      }\n      consentHistory(first: $first) {\n        hasNextPage\n        records {\n          id\n          kind\n          granted\n          at\n          recordedAt\n          source\n          capturedVia\n          actor {\n            kind\n            name\n          }\n        }\n      }\n      verification {\n        status\n        verifiedAt\n        verifiedBy\n        phoneVerified\n        emailVerified\n      }\n    }\n  }\n": typeof types.CustomerConsentsDocument,
    "\n  mutation GrantConsent($input: ConsentChangeInput!) {\n    grantConsent(input: $input) {\n      kind\n      state\n    }\n  }\n": typeof types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($input: ConsentChangeInput!) {\n    withdrawConsent(input: $input) {\n      kind\n      state\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation VerifyCustomer($id: ID!) {\n    verifyCustomer(id: $id) {\n      status\n    }\n  }\n": typeof types.VerifyCustomerDocument,
    "\n  mutation SetContactVerified($input: ContactVerificationInput!) {\n    setContactVerified(input: $input) {\n      phoneVerified\n      emailVerified\n    }\n  }\n": typeof types.SetContactVerifiedDocument,
    "\n  fragment CurrencyFields on Currency {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    decimals\n    unitValue\n    spendable\n    position\n  }\n": typeof types.CurrencyFieldsFragmentDoc,
    "\n  query Currencies {\n    currencies {\n      ...CurrencyFields\n    }\n  }\n": typeof types.CurrenciesDocument,
    "\n  mutation CreateCurrency($input: CurrencyInput!) {\n    createCurrency(input: $input) {\n      ...CurrencyFields\n    }\n  }\n": typeof types.CreateCurrencyDocument,
    "\n  mutation UpdateCurrency($id: ID!, $input: CurrencyInput!) {\n    updateCurrency(id: $id, input: $input) {\n      ...CurrencyFields\n    }\n  }\n": typeof types.UpdateCurrencyDocument,
    "\n  query CustomerAnalytics($id: ID!, $months: Int!, $calendar: CalendarSystem!, $loyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      analytics {\n        completeness {\n          filled\n          counted\n          share\n          missing {\n            key\n            label {\n              en\n              ru\n              fa\n            }\n          }\n        }\n        lifecycle {\n          stage\n          joinedAt\n          lastPurchaseAt\n          rules {\n            newDays\n            atRiskDays\n            lostDays\n          }\n        }\n        purchasesByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          month\n          from\n          count\n          amount\n          returnedAmount\n        }\n        balanceByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          currencyKey\n          currencyName {\n            en\n            ru\n            fa\n          }\n          points {\n            month\n            from\n            balance\n          }\n        }\n        rfmHistory @include(if: $loyalty) {\n          segment\n          from\n        }\n      }\n    }\n  }\n": typeof types.CustomerAnalyticsDocument,
    "\n  query MyCustomerColumns {\n    me {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n": typeof types.MyCustomerColumnsDocument,
    "\n  mutation UpdateMyCustomerColumns($columns: [ListColumnInput!]!) {\n    updateMyCustomerColumns(columns: $columns) {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n": typeof types.UpdateMyCustomerColumnsDocument,
    "\n  query CustomerCount($search: [String!], $filter: CustomerFilter, $segmentId: ID) {\n    customerCount(search: $search, filter: $filter, segmentId: $segmentId)\n  }\n": typeof types.CustomerCountDocument,
    "\n  query CustomerFieldList {\n    customerFields {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      operators\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n      sortable\n      source\n      attributeType\n      decimals\n    }\n  }\n": typeof types.CustomerFieldListDocument,
    "\n  query CustomerHeader($id: ID!, $withLoyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      verification {\n        status\n      }\n      tier @include(if: $withLoyalty) {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n      }\n      balances @include(if: $withLoyalty) {\n        amount\n        currency {\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n          position\n        }\n      }\n    }\n  }\n": typeof types.CustomerHeaderDocument,
    "\n  query CustomerLostCards($id: ID!) {\n    customer(id: $id) {\n      id\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n": typeof types.CustomerLostCardsDocument,
    "\n  mutation ReportLostCard($customerId: ID!, $newCardNumber: String!, $reason: String) {\n    reportLostCard(customerId: $customerId, newCardNumber: $newCardNumber, reason: $reason) {\n      id\n      cardNumber\n      attributes\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n": typeof types.ReportLostCardDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    number\n    mainCustomerId\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n    tags {\n      id\n      name\n      color\n    }\n    category {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $sort: CustomerSortInput\n    $search: [String!]\n    $filter: CustomerFilter\n    $segmentId: ID\n    $computedKeys: [String!]! = []\n    $withComputed: Boolean! = false\n  ) {\n    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n          # Only when a computed column (a balance, a plugin's field) is shown: its cells read these.\n          fieldValues(keys: $computedKeys) @include(if: $withComputed)\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ActivateCustomerDocument,
    "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateCustomerDocument,
    "\n  query DuplicateCandidates($first: Int!, $offset: Int!) {\n    duplicateCandidates(first: $first, offset: $offset) {\n      totalCount\n      refreshedAt\n      counts {\n        reason\n        count\n      }\n      groups {\n        reason\n        key\n        score\n        customers {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  query MergePreview($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergePreview(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      purchases\n      history\n      tags\n      groups\n      referrals\n      children\n      balances {\n        currency\n        amount\n      }\n    }\n  }\n": typeof types.MergePreviewDocument,
    "\n  mutation MergeCustomers($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergeCustomers(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n      undoUntil\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($customerId: ID!) {\n    unmergeCustomer(customerId: $customerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n    }\n  }\n": typeof types.UnmergeCustomerDocument,
    "\n  query CustomerProfiles($id: ID!) {\n    customer(id: $id) {\n      id\n      mainCustomerId\n      sources {\n        customerId\n        source\n        subSource\n        arrivedAt\n        first\n        child\n      }\n      childProfiles {\n        id\n        displayName\n        mobile\n        email\n        createdAt\n      }\n      merge {\n        id\n        mainCustomerId\n        mergedAt\n        undoUntil\n      }\n    }\n  }\n": typeof types.CustomerProfilesDocument,
    "\n  query MergeSearch($search: [String!]) {\n    customers(first: 6, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MergeSearchDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      customerId\n      profiles\n      historyEvents\n    }\n  }\n": typeof types.EraseCustomerDocument,
    "\n  query CustomerData($id: ID!) {\n    customerData(id: $id)\n  }\n": typeof types.CustomerDataDocument,
    "\n  fragment CustomerExportFields on CustomerExport {\n    id\n    state\n    format\n    total\n    done\n    fileName\n    downloadPath\n    expiresAt\n    problem {\n      code\n      params\n    }\n  }\n": typeof types.CustomerExportFieldsFragmentDoc,
    "\n  mutation StartCustomerExport($input: CustomerExportInput!) {\n    startCustomerExport(input: $input) {\n      ...CustomerExportFields\n    }\n  }\n": typeof types.StartCustomerExportDocument,
    "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) {\n      ...CustomerExportFields\n    }\n  }\n": typeof types.CustomerExportDocument,
    "\n  fragment GiftCardFields on GiftCard {\n    id\n    code\n    status\n    value\n    currency\n    redeemBy\n    note\n    batchId\n    batchNumber\n    blocked\n    redeemedAt\n    redeemedCustomerId\n    redeemedByName\n  }\n": typeof types.GiftCardFieldsFragmentDoc,
    "\n  query GiftCards($offset: Int!, $first: Int!, $status: GiftCardStatus, $batchId: ID, $code: String) {\n    giftCards(offset: $offset, first: $first, status: $status, batchId: $batchId, code: $code) {\n      totalCount\n      nodes {\n        ...GiftCardFields\n      }\n    }\n  }\n": typeof types.GiftCardsDocument,
    "\n  query GiftCardBatches {\n    giftCardBatches {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      cardCount\n      redeemedCount\n      createdAt\n    }\n  }\n": typeof types.GiftCardBatchesDocument,
    "\n  query GiftCardBatchCodes($id: ID!) {\n    giftCardBatch(id: $id) {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      codes\n    }\n  }\n": typeof types.GiftCardBatchCodesDocument,
    "\n  mutation IssueGiftCards($input: IssueGiftCardsInput!) {\n    issueGiftCards(input: $input) {\n      id\n      number\n      cardCount\n    }\n  }\n": typeof types.IssueGiftCardsDocument,
    "\n  mutation SetGiftCardBlocked($id: ID!, $blocked: Boolean!) {\n    setGiftCardBlocked(id: $id, blocked: $blocked) {\n      ...GiftCardFields\n    }\n  }\n": typeof types.SetGiftCardBlockedDocument,
    "\n  mutation RedeemGiftCard($customerId: ID!, $code: String!) {\n    redeemGiftCard(customerId: $customerId, code: $code) {\n      ...GiftCardFields\n    }\n  }\n": typeof types.RedeemGiftCardDocument,
    "\n  fragment GroupFields on CustomerGroup {\n    id\n    name\n    description\n    createdAt\n    memberCount\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation CreateGroup($input: CustomerGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: CustomerGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation AddCustomersToGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    addCustomersToGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n": typeof types.AddCustomersToGroupDocument,
    "\n  mutation RemoveCustomersFromGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    removeCustomersFromGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n": typeof types.RemoveCustomersFromGroupDocument,
    "\n  query CustomerGroups($id: ID!) {\n    customer(id: $id) {\n      id\n      groups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CustomerGroupsDocument,
    "\n  query CustomerHistory(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $types: [HistoryEventType!]\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n              erased\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  fragment ImportFields on Import {\n    id\n    kind\n    state\n    fileName\n    format\n    encoding\n    delimiter\n    sheets\n    sheet\n    columns {\n      index\n      header\n      target\n      samples\n    }\n    mode\n    matchOn\n    applyEarningRules\n    attachDuplicates\n    counts {\n      rows\n      created\n      updated\n      attached\n      skipped\n      invalid\n    }\n    progress {\n      done\n      total\n    }\n    problem {\n      code\n      params\n    }\n    reportFileId\n    createdAt\n  }\n": typeof types.ImportFieldsFragmentDoc,
    "\n  query Import($id: ID!) {\n    import(id: $id) {\n      ...ImportFields\n    }\n  }\n": typeof types.ImportDocument,
    "\n  query Imports($first: Int!, $after: String) {\n    imports(first: $first, after: $after) {\n      edges {\n        node {\n          ...ImportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  query ImportTargets($kind: ImportKind!) {\n    importTargets(kind: $kind) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      group\n    }\n  }\n": typeof types.ImportTargetsDocument,
    "\n  query ImportTemplates($kind: ImportKind!) {\n    importTemplates(kind: $kind) {\n      id\n      name\n    }\n  }\n": typeof types.ImportTemplatesDocument,
    "\n  mutation OpenImport($input: OpenImportInput!) {\n    openImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": typeof types.OpenImportDocument,
    "\n  mutation ConfigureImport($input: ConfigureImportInput!) {\n    configureImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": typeof types.ConfigureImportDocument,
    "\n  query ImportPreview($id: ID!, $first: Int!) {\n    importPreview(id: $id, first: $first) {\n      outOfDateOrder\n      counts {\n        rows\n        created\n        updated\n        attached\n        skipped\n        invalid\n      }\n      rows {\n        line\n        outcome\n        problem {\n          code\n          params\n        }\n        cells {\n          index\n          header\n          value\n          problem {\n            code\n            params\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation StartImport($id: ID!) {\n    startImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {\n    saveImportTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveImportTemplateDocument,
    "\n  mutation DeleteImportTemplate($id: ID!) {\n    deleteImportTemplate(id: $id)\n  }\n": typeof types.DeleteImportTemplateDocument,
    "\n  query JobRuns($first: Int!, $after: String, $state: JobRunState) {\n    jobs(first: $first, after: $after, state: $state) {\n      edges {\n        node {\n          id\n          job\n          state\n          ownWorkspace\n          attempts\n          maxAttempts\n          queuedAt\n          startedAt\n          finishedAt\n          progress {\n            done\n            total\n          }\n          error\n          canCancel\n          canRetry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.JobRunsDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  query CustomerBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balances {\n        amount\n        value\n        currency {\n          ...CurrencyFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerBalancesDocument,
    "\n  query CustomerLedger(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $currency: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, currency: $currency, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            currency\n            amount\n            balanceAfter\n            expiresAt\n            reason\n            reasonCode\n            reasonParams\n            comment\n            reversesId\n            reversedById\n            createdAt\n            actor {\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerLedgerDocument,
    "\n  mutation AdjustBalance($input: AdjustBalanceInput!) {\n    adjustBalance(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": typeof types.AdjustBalanceDocument,
    "\n  mutation ReverseLedgerOperation($input: ReverseOperationInput!) {\n    reverseLedgerOperation(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": typeof types.ReverseLedgerOperationDocument,
    "\n  query LoyaltyProgramme {\n    loyaltyProgramme {\n      rules\n      timeZone\n    }\n  }\n": typeof types.LoyaltyProgrammeDocument,
    "\n  mutation UpdateLoyaltyProgramme($input: ProgrammeInput!) {\n    updateLoyaltyProgramme(input: $input) {\n      rules\n      timeZone\n    }\n  }\n": typeof types.UpdateLoyaltyProgrammeDocument,
    "\n  fragment MailingFields on Mailing {\n    id\n    name\n    channel\n    templateId\n    state\n    scheduledAt\n    sendAt\n    timeZone\n    throttlePerMinute\n    attributionDays\n    trackClicks\n    createdByName\n    createdAt\n    audience {\n      segmentId\n      groupId\n      customerIds\n      filter\n    }\n    counts {\n      recipients\n      queued\n      sent\n      delivered\n      failed\n      skipped\n      unsubscribed\n      clicked\n      opened\n    }\n  }\n": typeof types.MailingFieldsFragmentDoc,
    "\n  query Mailings($first: Int!, $offset: Int!) {\n    mailings(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...MailingFields\n      }\n    }\n  }\n": typeof types.MailingsDocument,
    "\n  query Mailing($id: ID!) {\n    mailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": typeof types.MailingDocument,
    "\n  mutation CreateMailing($input: MailingInput!) {\n    createMailing(input: $input) {\n      ...MailingFields\n    }\n  }\n": typeof types.CreateMailingDocument,
    "\n  mutation UpdateMailing($id: ID!, $input: MailingInput!) {\n    updateMailing(id: $id, input: $input) {\n      ...MailingFields\n    }\n  }\n": typeof types.UpdateMailingDocument,
    "\n  mutation StartMailing($id: ID!) {\n    startMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": typeof types.StartMailingDocument,
    "\n  mutation CancelMailing($id: ID!) {\n    cancelMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": typeof types.CancelMailingDocument,
    "\n  mutation SendTestMailing($id: ID!, $to: String!) {\n    sendTestMailing(mailingId: $id, to: $to)\n  }\n": typeof types.SendTestMailingDocument,
    "\n  fragment MailingAudienceCountFields on MailingAudienceCount {\n    total\n    reachable\n    excluded {\n      reason\n      count\n    }\n  }\n": typeof types.MailingAudienceCountFieldsFragmentDoc,
    "\n  query MailingAudience($channel: String!, $audience: MailingAudienceInput!) {\n    mailingAudience(channel: $channel, audience: $audience) {\n      ...MailingAudienceCountFields\n    }\n  }\n": typeof types.MailingAudienceDocument,
    "\n  query MailingReport($id: ID!) {\n    mailingReport(mailingId: $id) {\n      mailingState\n      attributionDays\n      byState {\n        state\n        count\n      }\n      failedByReason {\n        reason\n        count\n      }\n      skippedByReason {\n        reason\n        count\n      }\n      attributed {\n        purchases\n        customers\n        revenue\n      }\n      clicked\n      clickRate\n      opened\n      openRate\n    }\n  }\n": typeof types.MailingReportDocument,
    "\n  fragment NewsPostFields on NewsPost {\n    id\n    title {\n      en\n      ru\n      fa\n    }\n    body {\n      en\n      ru\n      fa\n    }\n    segmentId\n    segmentName\n    segmentPrivate\n    publishAt\n    expiresAt\n    pinned\n    status\n    readCount\n    createdByName\n    updatedAt\n  }\n": typeof types.NewsPostFieldsFragmentDoc,
    "\n  query NewsPosts($status: NewsStatus, $first: Int!, $offset: Int!) {\n    newsPosts(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...NewsPostFields\n      }\n    }\n  }\n": typeof types.NewsPostsDocument,
    "\n  query NewsPost($id: ID!) {\n    newsPost(id: $id) {\n      ...NewsPostFields\n    }\n  }\n": typeof types.NewsPostDocument,
    "\n  mutation CreateNewsPost($input: NewsPostInput!) {\n    createNewsPost(input: $input) {\n      ...NewsPostFields\n    }\n  }\n": typeof types.CreateNewsPostDocument,
    "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) {\n      ...NewsPostFields\n    }\n  }\n": typeof types.UpdateNewsPostDocument,
    "\n  mutation DeleteNewsPost($id: ID!) {\n    deleteNewsPost(id: $id)\n  }\n": typeof types.DeleteNewsPostDocument,
    "\n  fragment NoteFields on Note {\n    id\n    customerId\n    authorId\n    authorName\n    body\n    pinned\n    createdAt\n    updatedAt\n    mentions {\n      staffId\n      name\n    }\n  }\n": typeof types.NoteFieldsFragmentDoc,
    "\n  query CustomerNotes($customerId: ID!, $first: Int!, $after: String) {\n    customerNotes(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NoteFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerNotesDocument,
    "\n  query MentionableStaff($search: String!) {\n    mentionableStaff(search: $search, first: 8) {\n      id\n      name\n    }\n  }\n": typeof types.MentionableStaffDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": typeof types.DeleteNoteDocument,
    "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) {\n      ...NoteFields\n    }\n  }\n": typeof types.PinNoteDocument,
    "\n  query MyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": typeof types.MyUnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id)\n  }\n": typeof types.SignOutSessionDocument,
    "\n  mutation SignOutEverywhereElse {\n    signOutEverywhere(keepCurrent: true)\n  }\n": typeof types.SignOutEverywhereElseDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qr\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation TurnOffTwoFactor($proof: String!) {\n    turnOffTwoFactor(proof: $proof) {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.TurnOffTwoFactorDocument,
    "\n  fragment ProductFields on Product {\n    id\n    sku\n    name {\n      en\n      ru\n      fa\n    }\n    kind\n    price\n    unit\n    active\n    tracked\n    onHand\n    reorderLevel\n    lowStock\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  query AllProducts {\n    products(includeInactive: true) {\n      ...ProductFields\n    }\n  }\n": typeof types.AllProductsDocument,
    "\n  query ActiveProducts {\n    products {\n      ...ProductFields\n    }\n  }\n": typeof types.ActiveProductsDocument,
    "\n  query ProductMovements($id: ID!, $first: Int!, $after: String) {\n    product(id: $id) {\n      id\n      movements(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            quantity\n            onHand\n            purchaseId\n            note\n            actor {\n              name\n            }\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProductMovementsDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation SetProductActive($id: ID!, $active: Boolean!) {\n    setProductActive(id: $id, active: $active) {\n      ...ProductFields\n    }\n  }\n": typeof types.SetProductActiveDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": typeof types.DeleteProductDocument,
    "\n  mutation ReceiveStock($productId: ID!, $quantity: Float!, $note: String) {\n    receiveStock(productId: $productId, quantity: $quantity, note: $note) {\n      id\n      onHand\n    }\n  }\n": typeof types.ReceiveStockDocument,
    "\n  mutation SetStockCount($productId: ID!, $counted: Float!, $reason: String) {\n    setStockCount(productId: $productId, counted: $counted, reason: $reason) {\n      id\n      onHand\n    }\n  }\n": typeof types.SetStockCountDocument,
    "\n  query ProductSales($from: DateTime!, $to: DateTime!) {\n    productSales(from: $from, to: $to) {\n      product {\n        id\n        sku\n        name {\n          en\n          ru\n          fa\n        }\n        unit\n        tracked\n        onHand\n        lowStock\n      }\n      quantity\n      revenue\n    }\n  }\n": typeof types.ProductSalesDocument,
    "\n  fragment PurchaseFields on Purchase {\n    id\n    invoiceNumber\n    amount\n    spentValue\n    paidAmount\n    branch\n    branchInfo {\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    paymentStatus\n    purchasedAt\n    returnedAmount\n    items {\n      sku\n      name\n      quantity\n      price\n      returnedQuantity\n    }\n    ledger {\n      operationId\n      customerId\n      currency\n      role\n      amount\n    }\n    actor {\n      kind\n      name\n    }\n  }\n": typeof types.PurchaseFieldsFragmentDoc,
    "\n  query CustomerPurchases($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        total\n        count\n        firstPurchaseAt\n        lastPurchaseAt\n      }\n      purchases(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PurchaseFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CustomerPurchasesDocument,
    "\n  mutation RecordPurchase($input: RecordPurchaseInput!) {\n    recordPurchase(input: $input) {\n      ...PurchaseFields\n    }\n  }\n": typeof types.RecordPurchaseDocument,
    "\n  mutation ReturnPurchase($input: ReturnPurchaseInput!) {\n    returnPurchase(input: $input) {\n      id\n      amount\n      shortfall {\n        currency\n        amount\n      }\n    }\n  }\n": typeof types.ReturnPurchaseDocument,
    "\n  mutation MarkPurchasePaid($id: ID!) {\n    markPurchasePaid(purchaseId: $id) {\n      ...PurchaseFields\n    }\n  }\n": typeof types.MarkPurchasePaidDocument,
    "\n  query RelationTypes {\n    relationTypes {\n      key\n      shipped\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.RelationTypesDocument,
    "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        createdAt\n        type {\n          key\n        }\n        label {\n          en\n          ru\n          fa\n        }\n        related {\n          id\n          displayName\n          number\n        }\n      }\n    }\n  }\n": typeof types.CustomerRelationsDocument,
    "\n  query CustomerReferrals($id: ID!) {\n    customer(id: $id) {\n      id\n      referrer {\n        id\n        displayName\n        number\n      }\n      referredCustomers {\n        id\n        displayName\n        number\n      }\n    }\n  }\n": typeof types.CustomerReferralsDocument,
    "\n  mutation AddCustomerRelation($input: AddCustomerRelationInput!) {\n    addCustomerRelation(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCustomerRelationDocument,
    "\n  mutation RemoveCustomerRelation($id: ID!) {\n    removeCustomerRelation(id: $id)\n  }\n": typeof types.RemoveCustomerRelationDocument,
    "\n  mutation SetReferrer($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      referrerId\n    }\n  }\n": typeof types.SetReferrerDocument,
    "\n  mutation ClearReferrer($customerId: ID!) {\n    clearReferral(customerId: $customerId) {\n      id\n    }\n  }\n": typeof types.ClearReferrerDocument,
    "\n  query CustomerMatches($search: [String!]) {\n    customers(first: 10, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          number\n          mobile\n        }\n      }\n    }\n  }\n": typeof types.CustomerMatchesDocument,
    "\n  query RelationTypesWithCounts {\n    relationTypes {\n      key\n      shipped\n      relationCount\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.RelationTypesWithCountsDocument,
    "\n  mutation CreateRelationType($input: RelationTypeInput!) {\n    createRelationType(input: $input) {\n      key\n    }\n  }\n": typeof types.CreateRelationTypeDocument,
    "\n  mutation UpdateRelationType($key: String!, $input: RelationTypeInput!) {\n    updateRelationType(key: $key, input: $input) {\n      key\n    }\n  }\n": typeof types.UpdateRelationTypeDocument,
    "\n  mutation DeleteRelationType($key: String!) {\n    deleteRelationType(key: $key)\n  }\n": typeof types.DeleteRelationTypeDocument,
    "\n  query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {\n    dashboard(input: $input) {\n      from\n      to\n      previousFrom\n      previousTo\n      calendar\n      timeZone\n      asOf\n      members {\n        value\n        previous\n      }\n      newMembers {\n        value\n        previous\n      }\n      activeMembers {\n        value\n        previous\n      }\n      purchases {\n        value\n        previous\n      }\n      repeatCustomers {\n        value\n        previous\n      }\n      revenue {\n        value\n        previous\n      }\n      averagePurchase {\n        value\n        previous\n      }\n      balances {\n        currency {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n        }\n        issued\n        spent\n        expired\n        previousIssued\n        previousSpent\n      }\n      series {\n        start\n        end\n        label\n        startDay\n        partial\n        newMembers\n        activeMembers\n        purchases\n        revenue\n      }\n      tiers {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        customers\n      }\n      rfmSegments {\n        segment\n        customers\n      }\n      topCustomers(first: 10) @include(if: $withTop) {\n        customerId\n        displayName\n        purchases\n        revenue\n      }\n      topProducts(first: 10) @include(if: $withProducts) {\n        product {\n          id\n          sku\n          unit\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        quantity\n        revenue\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query WorkspaceClock {\n    workspaceSettings {\n      timeZone\n    }\n  }\n": typeof types.WorkspaceClockDocument,
    "\n  mutation ExportDashboard($input: DashboardInput!) {\n    exportDashboard(input: $input, first: 10) {\n      fileId\n      name\n      downloadPath\n    }\n  }\n": typeof types.ExportDashboardDocument,
    "\n  query CustomerRfm($id: ID!) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        count\n      }\n      rfm {\n        recencyDays\n        frequency\n        monetary\n        r\n        f\n        m\n        segment\n        since\n        computedAt\n        history(first: 20) {\n          segment\n          from\n        }\n      }\n    }\n  }\n": typeof types.CustomerRfmDocument,
    "\n  query RfmSegments {\n    rfmSegments {\n      segment\n      customers\n    }\n  }\n": typeof types.RfmSegmentsDocument,
    "\n  mutation RecomputeRfm {\n    recomputeRfm {\n      customersScored\n      segmentsChanged\n      durationMs\n    }\n  }\n": typeof types.RecomputeRfmDocument,
    "\n  query RfmMovement {\n    rfmMovement {\n      computedAt\n      previousComputedAt\n      moves {\n        from\n        to\n        customers\n      }\n    }\n  }\n": typeof types.RfmMovementDocument,
    "\n  fragment RoleFields on Role {\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    permissions\n    shipped\n    editable\n    staffCount\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query RoleNames {\n    roleNames {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.RoleNamesDocument,
    "\n  query Permissions {\n    permissions {\n      name\n      description\n      module\n    }\n  }\n": typeof types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($key: String!, $input: RoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment SegmentFields on Segment {\n    id\n    name\n    shared\n    sharedWithRoles\n    canEdit\n    filter\n    search\n    memberCount\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.SegmentFieldsFragmentDoc,
    "\n  query Segments {\n    segments {\n      ...SegmentFields\n    }\n  }\n": typeof types.SegmentsDocument,
    "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      ...SegmentFields\n    }\n  }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      ...SegmentFields\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  mutation CustomerSignOut {\n    customerSignOut\n  }\n": typeof types.CustomerSignOutDocument,
    "\n  query MyOperations($first: Int!, $after: String) {\n    myOperations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          currency\n          kind\n          amount\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyOperationsDocument,
    "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          invoiceNumber\n          amount\n          paidAmount\n          purchasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPurchasesDocument,
    "\n  query MyRequests {\n    myRequests {\n      id\n      subject\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  mutation SendRequest($subject: String!, $text: String!) {\n    sendRequest(subject: $subject, text: $text) {\n      id\n    }\n  }\n": typeof types.SendRequestDocument,
    "\n  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyAccountPasswordDocument,
    "\n  query MyNews($first: Int!, $after: String, $language: Locale) {\n    myNews(first: $first, after: $after, language: $language) {\n      edges {\n        node {\n          id\n          language\n          title\n          body\n          publishedAt\n          pinned\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myUnreadNewsCount\n  }\n": typeof types.MyNewsDocument,
    "\n  mutation MarkMyNewsRead($id: ID!) {\n    markMyNewsRead(id: $id)\n  }\n": typeof types.MarkMyNewsReadDocument,
    "\n  query MyPushKey {\n    myPushKey\n  }\n": typeof types.MyPushKeyDocument,
    "\n  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {\n    subscribeMyPush(input: $input)\n  }\n": typeof types.SubscribeMyPushDocument,
    "\n  mutation UnsubscribeMyPush($endpoint: String!) {\n    unsubscribeMyPush(endpoint: $endpoint)\n  }\n": typeof types.UnsubscribeMyPushDocument,
    "\n  fragment SelfServiceAccountFields on SelfServiceAccount {\n    customerId\n    firstName\n    lastName\n    cardNumber\n    email\n    birthDate\n    gender\n    number\n    consents {\n      kind\n      state\n      at\n    }\n    tier {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    balances {\n      amount\n      currency {\n        key\n        decimals\n        name {\n          en\n          ru\n          fa\n        }\n      }\n    }\n  }\n": typeof types.SelfServiceAccountFieldsFragmentDoc,
    "\n  query MyAccount {\n    myAccount {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {\n    customerSignIn(workspace: $workspace, login: $login, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.CustomerSignInDocument,
    "\n  query SelfSignUpOpen($workspace: ID!) {\n    selfSignUpOpen(workspace: $workspace)\n  }\n": typeof types.SelfSignUpOpenDocument,
    "\n  mutation StartCustomerSignUp(\n    $workspace: ID!\n    $mobile: String!\n    $firstName: String!\n    $lastName: String\n    $language: String\n  ) {\n    startCustomerSignUp(\n      workspace: $workspace\n      mobile: $mobile\n      firstName: $firstName\n      lastName: $lastName\n      language: $language\n    )\n  }\n": typeof types.StartCustomerSignUpDocument,
    "\n  mutation FinishCustomerSignUp($signUpId: ID!, $code: String!, $password: String!, $marketingConsent: Boolean!) {\n    finishCustomerSignUp(signUpId: $signUpId, code: $code, password: $password, marketingConsent: $marketingConsent) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.FinishCustomerSignUpDocument,
    "\n  mutation SetSelfServicePassword($token: String!, $password: String!) {\n    setSelfServicePassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.SetSelfServicePasswordDocument,
    "\n  mutation StartCustomerPasswordReset($workspace: ID!, $login: String!, $language: String) {\n    startCustomerPasswordReset(workspace: $workspace, login: $login, language: $language)\n  }\n": typeof types.StartCustomerPasswordResetDocument,
    "\n  mutation FinishCustomerPasswordReset($resetId: ID!, $code: String!, $password: String!) {\n    finishCustomerPasswordReset(resetId: $resetId, code: $code, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.FinishCustomerPasswordResetDocument,
    "\n  mutation ResetCustomerPassword($token: String!, $password: String!) {\n    resetCustomerPassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.ResetCustomerPasswordDocument,
    "\n  mutation SetMyConsent($kind: ConsentKind!, $granted: Boolean!) {\n    setMyConsent(kind: $kind, granted: $granted) {\n      kind\n      state\n      at\n    }\n  }\n": typeof types.SetMyConsentDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SelfServiceAccountFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation InviteToSelfService($customerId: ID!) {\n    inviteCustomerToSelfService(customerId: $customerId) {\n      link\n      expiresAt\n      emailed\n    }\n  }\n": typeof types.InviteToSelfServiceDocument,
    "\n  fragment CustomerRequestFields on CustomerRequest {\n    id\n    customerId\n    customerName\n    subject\n    text\n    status\n    answer\n    answeredAt\n    answeredBy {\n      name\n    }\n    createdAt\n  }\n": typeof types.CustomerRequestFieldsFragmentDoc,
    "\n  query CustomerRequests($status: CustomerRequestStatus, $first: Int!, $after: String) {\n    customerRequests(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...CustomerRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomerRequestsDocument,
    "\n  mutation AnswerCustomerRequest($id: ID!, $text: String!) {\n    answerCustomerRequest(id: $id, text: $text) {\n      ...CustomerRequestFields\n    }\n  }\n": typeof types.AnswerCustomerRequestDocument,
    "\n  mutation CloseCustomerRequest($id: ID!) {\n    closeCustomerRequest(id: $id) {\n      ...CustomerRequestFields\n    }\n  }\n": typeof types.CloseCustomerRequestDocument,
    "\n  fragment StaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    active\n    mustChangePassword\n    twoFactorEnabled\n    createdAt\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.StaffFieldsFragmentDoc,
    "\n  query StaffMembers {\n    staffMembers {\n      ...StaffFields\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation ChangeStaffRole($id: ID!, $role: String!) {\n    changeStaffRole(id: $id, role: $role) {\n      ...StaffFields\n    }\n  }\n": typeof types.ChangeStaffRoleDocument,
    "\n  mutation SetStaffBranch($id: ID!, $branchId: ID) {\n    setStaffBranch(id: $id, branchId: $branchId) {\n      ...StaffFields\n    }\n  }\n": typeof types.SetStaffBranchDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation SetTemporaryPassword($id: ID!, $password: String!) {\n    setTemporaryPassword(id: $id, password: $password) {\n      ...StaffFields\n    }\n  }\n": typeof types.SetTemporaryPasswordDocument,
    "\n  mutation ResetStaffTwoFactor($id: ID!) {\n    resetStaffTwoFactor(id: $id) {\n      ...StaffFields\n    }\n  }\n": typeof types.ResetStaffTwoFactorDocument,
    "\n  query Tags {\n    tags {\n      id\n      name\n      color\n    }\n  }\n": typeof types.TagsDocument,
    "\n  query TagsWithCounts {\n    tags {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n": typeof types.TagsWithCountsDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: TagInput!) {\n    updateTag(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n": typeof types.DeleteTagDocument,
    "\n  mutation SetCustomerTags($customerId: ID!, $tagIds: [ID!]!) {\n    setCustomerTags(customerId: $customerId, tagIds: $tagIds) {\n      id\n      updatedAt\n      tags {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.SetCustomerTagsDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    channel\n    contents {\n      language\n      subject\n      text\n      html\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.MessageTemplateFieldsFragmentDoc,
    "\n  query MessageTemplates {\n    messageTemplates {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.MessageTemplateDocument,
    "\n  query TemplateVariables {\n    templateVariables\n  }\n": typeof types.TemplateVariablesDocument,
    "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": typeof types.DeleteMessageTemplateDocument,
    "\n  query PreviewTemplate($customerId: ID!, $draft: MessageTemplateInput!, $language: Locale) {\n    previewTemplate(customerId: $customerId, draft: $draft, language: $language) {\n      language\n      subject\n      text\n      html\n      smsLength {\n        encoding\n        characters\n        parts\n        perPart\n      }\n      problem {\n        code\n        variable\n        message\n      }\n    }\n  }\n": typeof types.PreviewTemplateDocument,
    "\n  fragment TierFields on Tier {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    position\n    minPurchaseTotal\n    minPurchaseCount\n    minXp\n    rules\n  }\n": typeof types.TierFieldsFragmentDoc,
    "\n  query Tiers {\n    tiers {\n      ...TierFields\n      customerCount\n    }\n  }\n": typeof types.TiersDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) {\n      ...TierFields\n    }\n  }\n": typeof types.CreateTierDocument,
    "\n  mutation UpdateTier($id: ID!, $input: TierInput!) {\n    updateTier(id: $id, input: $input) {\n      ...TierFields\n    }\n  }\n": typeof types.UpdateTierDocument,
    "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n": typeof types.DeleteTierDocument,
    "\n  query TierPolicy {\n    tierPolicy {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n": typeof types.TierPolicyDocument,
    "\n  mutation UpdateTierPolicy($input: TierPolicyInput!) {\n    updateTierPolicy(input: $input) {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n": typeof types.UpdateTierPolicyDocument,
    "\n  mutation RecomputeTiers {\n    recomputeTiers {\n      evaluated\n      changed\n    }\n  }\n": typeof types.RecomputeTiersDocument,
    "\n  query CustomerTier($id: ID!) {\n    customer(id: $id) {\n      id\n      tier {\n        tier {\n          ...TierFields\n        }\n        manualTier {\n          id\n        }\n        since\n        reviewAt\n        progress {\n          purchaseTotal\n          purchaseCount\n          xp\n          nextTier {\n            ...TierFields\n          }\n          purchaseTotalNeeded\n          purchaseCountNeeded\n          xpNeeded\n        }\n      }\n    }\n  }\n": typeof types.CustomerTierDocument,
    "\n  mutation SetCustomerManualTier($customerId: ID!, $tierId: ID) {\n    setCustomerManualTier(customerId: $customerId, tierId: $tierId) {\n      tier {\n        id\n      }\n      manualTier {\n        id\n      }\n    }\n  }\n": typeof types.SetCustomerManualTierDocument,
    "\n  fragment WebhookFields on Webhook {\n    id\n    name\n    url\n    events\n    enabled\n    lastDelivery {\n      id\n      type\n      state\n      createdAt\n    }\n  }\n": typeof types.WebhookFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    type\n    state\n    createdAt\n    nextAttemptAt\n    attempts {\n      at\n      status\n      error\n    }\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n    webhookEventTypes\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  query WorkspaceSettings {\n    me {\n      id\n      workspace {\n        id\n      }\n    }\n    workspaceSettings {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n": typeof types.UpdateWorkspaceSettingsDocument,
};
const documents: Documents = {
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    permissions\n    requestsPerMinute\n    status\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query ApiKeyPermissions {\n    apiKeyPermissions {\n      name\n      description\n    }\n  }\n": types.ApiKeyPermissionsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      format\n      formatMissing\n      formatHint {\n        en\n        ru\n        fa\n      }\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.AttributeRegistryDocument,
    "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n": types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAttributeDefinitionDocument,
    "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderAttributeDefinitionsDocument,
    "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": types.RetireAttributeDefinitionDocument,
    "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": types.RestoreAttributeDefinitionDocument,
    "\n  query AttributeFormats {\n    attributeFormats {\n      key\n      base\n      module\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.AttributeFormatsDocument,
    "\n  mutation StartAttributeValuesReport($id: ID!, $format: String) {\n    startAttributeValuesReport(id: $id, format: $format)\n  }\n": types.StartAttributeValuesReportDocument,
    "\n  query AttributeValuesCheck($id: ID!, $format: String) {\n    attributeValuesCheck(id: $id, format: $format) {\n      format\n      checked\n      fit\n      rewritten\n      refused\n      firstRefused {\n        customerId\n        customerNumber\n        value\n        problem {\n          code\n          params\n        }\n      }\n      firstRewritten {\n        customerId\n        customerNumber\n        value\n        storedAs\n      }\n    }\n  }\n": types.AttributeValuesCheckDocument,
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occurredAt\n          type\n          actor {\n            kind\n            name\n          }\n          subject\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment SignedInStaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    mustChangePassword\n    twoFactorSetupRequired\n    locale\n    calendar\n    permissions\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": types.SignedInStaffFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInStaffFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignedInStaffFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginSecondStep($challenge: String!, $code: String!) {\n    loginSecondStep(challenge: $challenge, code: $code) {\n      ...SignedInStaffFields\n    }\n  }\n": types.LoginSecondStepDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment AutomationFields on Automation {\n    id\n    name\n    paused\n    trigger {\n      kind\n      params\n    }\n    condition\n    actions {\n      kind\n      params\n    }\n    recentRuns\n    templates {\n      id\n      name\n    }\n  }\n": types.AutomationFieldsFragmentDoc,
    "\n  query Automations {\n    automations {\n      ...AutomationFields\n    }\n  }\n": types.AutomationsDocument,
    "\n  query Automation($id: ID!) {\n    automation(id: $id) {\n      ...AutomationFields\n    }\n  }\n": types.AutomationDocument,
    "\n  mutation CreateAutomation($input: AutomationInput!) {\n    createAutomation(input: $input) {\n      ...AutomationFields\n    }\n  }\n": types.CreateAutomationDocument,
    "\n  mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {\n    updateAutomation(id: $id, input: $input) {\n      ...AutomationFields\n    }\n  }\n": types.UpdateAutomationDocument,
    "\n  mutation SetAutomationPaused($id: ID!, $paused: Boolean!) {\n    setAutomationPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n": types.SetAutomationPausedDocument,
    "\n  mutation DeleteAutomation($id: ID!) {\n    deleteAutomation(id: $id)\n  }\n": types.DeleteAutomationDocument,
    "\n  query AutomationRuns($automationId: ID!, $first: Int!, $after: String) {\n    automationRuns(automationId: $automationId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          customerId\n          customerName\n          customerNumber\n          occurrence\n          state\n          errorCode\n          attempts\n          retryAt\n          createdAt\n          outcomes {\n            kind\n            state\n            code\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AutomationRunsDocument,
    "\n  fragment BalanceBatchFields on BalanceBatch {\n    id\n    status\n    currency\n    identifier\n    totalLines\n    matched\n    unmatched\n    invalid\n    inactive\n    wouldGoNegative\n    tooLow\n    applied\n  }\n": types.BalanceBatchFieldsFragmentDoc,
    "\n  fragment BalanceBatchLineFields on BalanceBatchLine {\n    line\n    identifier\n    amount\n    problem\n    detail\n    detailProblem {\n      code\n      params\n    }\n  }\n": types.BalanceBatchLineFieldsFragmentDoc,
    "\n  mutation PreviewBalanceBatch($input: BalanceBatchInput!, $first: Int!) {\n    previewBalanceBatch(input: $input) {\n      ...BalanceBatchFields\n      problems(first: $first) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n": types.PreviewBalanceBatchDocument,
    "\n  mutation ConfirmBalanceBatch($id: ID!) {\n    confirmBalanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n": types.ConfirmBalanceBatchDocument,
    "\n  query BalanceBatch($id: ID!) {\n    balanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n": types.BalanceBatchDocument,
    "\n  query BalanceBatchProblems($id: ID!, $first: Int!, $afterLine: Int!) {\n    balanceBatch(id: $id) {\n      id\n      problems(first: $first, afterLine: $afterLine) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n": types.BalanceBatchProblemsDocument,
    "\n  fragment BranchFields on Branch {\n    id\n    code\n    name {\n      en\n      ru\n      fa\n    }\n    address\n    active\n  }\n": types.BranchFieldsFragmentDoc,
    "\n  query AllBranches {\n    branches(includeInactive: true) {\n      ...BranchFields\n      staffCount\n    }\n  }\n": types.AllBranchesDocument,
    "\n  query ActiveBranches {\n    branches {\n      ...BranchFields\n    }\n  }\n": types.ActiveBranchesDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      ...BranchFields\n    }\n  }\n": types.UpdateBranchDocument,
    "\n  mutation SetBranchActive($id: ID!, $active: Boolean!) {\n    setBranchActive(id: $id, active: $active) {\n      ...BranchFields\n    }\n  }\n": types.SetBranchActiveDocument,
    "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n": types.DeleteBranchDocument,
    "\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    processed\n    failed\n    finishedAt\n    problems {\n      customerId\n      message\n      problem {\n        code\n        params\n      }\n    }\n  }\n": types.BulkJobFieldsFragmentDoc,
    "\n  mutation StartBulkAction($selection: CustomerSelection!, $action: BulkActionInput!) {\n    startBulkAction(selection: $selection, action: $action) {\n      ...BulkJobFields\n    }\n  }\n": types.StartBulkActionDocument,
    "\n  query BulkJob($id: ID!) {\n    bulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": types.BulkJobDocument,
    "\n  query CustomerCardTabs($customerId: ID!) {\n    customerCardTabs(customerId: $customerId) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.CustomerCardTabsDocument,
    "\n  fragment CardTabValueFields on CardTabValue {\n    kind\n    text\n    number\n    currency\n    date\n    at\n    url\n    customerId\n    tone\n  }\n": types.CardTabValueFieldsFragmentDoc,
    "\n  query CustomerCardTab($customerId: ID!, $key: String!, $language: Locale!) {\n    customerCardTab(customerId: $customerId, key: $key, language: $language) {\n      key\n      empty {\n        en\n        ru\n        fa\n      }\n      sections {\n        title {\n          en\n          ru\n          fa\n        }\n        fields {\n          label {\n            en\n            ru\n            fa\n          }\n          value {\n            ...CardTabValueFields\n          }\n        }\n        table {\n          columns {\n            label {\n              en\n              ru\n              fa\n            }\n            kind\n          }\n          rows {\n            cells {\n              ...CardTabValueFields\n            }\n          }\n          empty {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n  }\n": types.CustomerCardTabDocument,
    "\n  query Categories {\n    categories {\n      id\n      name\n      color\n    }\n  }\n": types.CategoriesDocument,
    "\n  query CategoriesWithCounts {\n    categories {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n": types.CategoriesWithCountsDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.DeleteCategoryDocument,
    "\n  mutation SetCustomerCategory($customerId: ID!, $categoryId: ID) {\n    setCustomerCategory(customerId: $customerId, categoryId: $categoryId) {\n      id\n      updatedAt\n      category {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.SetCustomerCategoryDocument,
    "\n  fragment ChannelAccountFields on ChannelAccount {\n    id\n    provider\n    kind\n    name\n    enabled\n    isDefault\n    settings {\n      key\n      value\n    }\n    secretsSet\n    webhookUrl\n  }\n": types.ChannelAccountFieldsFragmentDoc,
    "\n  query Channels {\n    channelProviders {\n      provider\n      kind\n      label {\n        en\n        ru\n        fa\n      }\n      settings {\n        key\n        label {\n          en\n          ru\n          fa\n        }\n        required\n        secret\n        help {\n          en\n          ru\n          fa\n        }\n        choices\n        choiceLabels {\n          value\n          label {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n    channelAccounts {\n      ...ChannelAccountFields\n    }\n  }\n": types.ChannelsDocument,
    "\n  mutation SaveChannelAccount($input: SaveChannelAccountInput!) {\n    saveChannelAccount(input: $input) {\n      ...ChannelAccountFields\n    }\n  }\n": types.SaveChannelAccountDocument,
    "\n  mutation DeleteChannelAccount($id: ID!) {\n    deleteChannelAccount(id: $id)\n  }\n": types.DeleteChannelAccountDocument,
    "\n  mutation SendTestMessage($accountId: ID!, $to: String!, $text: String!) {\n    sendTestMessage(accountId: $accountId, to: $to, text: $text) {\n      ok\n      providerMessageId\n      retryable\n      reason\n      detail\n    }\n  }\n": types.SendTestMessageDocument,
    "\n  query UploadLimit {\n    uploadMaxBytes\n  }\n": types.UploadLimitDocument,
    "\n  query CustomerConsents($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      mobile\n      email\n      consents {\n        kind\n        state\n        record {\n          id\n          at\n          source\n          capturedVia\n        }\n      }\n      consentHistory(first: $first) {\n        hasNextPage\n        records {\n          id\n          kind\n          granted\n          at\n          recordedAt\n          source\n          capturedVia\n          actor {\n            kind\n            name\n          }\n        }\n      }\n      verification {\n        status\n        verifiedAt\n        verifiedBy\n        phoneVerified\n        emailVerified\n      }\n    }\n  }\n": types.CustomerConsentsDocument,
    "\n  mutation GrantConsent($input: ConsentChangeInput!) {\n    grantConsent(input: $input) {\n      kind\n      state\n    }\n  }\n": types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($input: ConsentChangeInput!) {\n    withdrawConsent(input: $input) {\n      kind\n      state\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation VerifyCustomer($id: ID!) {\n    verifyCustomer(id: $id) {\n      status\n    }\n  }\n": types.VerifyCustomerDocument,
    "\n  mutation SetContactVerified($input: ContactVerificationInput!) {\n    setContactVerified(input: $input) {\n      phoneVerified\n      emailVerified\n    }\n  }\n": types.SetContactVerifiedDocument,
    "\n  fragment CurrencyFields on Currency {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    decimals\n    unitValue\n    spendable\n    position\n  }\n": types.CurrencyFieldsFragmentDoc,
    "\n  query Currencies {\n    currencies {\n      ...CurrencyFields\n    }\n  }\n": types.CurrenciesDocument,
    "\n  mutation CreateCurrency($input: CurrencyInput!) {\n    createCurrency(input: $input) {\n      ...CurrencyFields\n    }\n  }\n": types.CreateCurrencyDocument,
    "\n  mutation UpdateCurrency($id: ID!, $input: CurrencyInput!) {\n    updateCurrency(id: $id, input: $input) {\n      ...CurrencyFields\n    }\n  }\n": types.UpdateCurrencyDocument,
    "\n  query CustomerAnalytics($id: ID!, $months: Int!, $calendar: CalendarSystem!, $loyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      analytics {\n        completeness {\n          filled\n          counted\n          share\n          missing {\n            key\n            label {\n              en\n              ru\n              fa\n            }\n          }\n        }\n        lifecycle {\n          stage\n          joinedAt\n          lastPurchaseAt\n          rules {\n            newDays\n            atRiskDays\n            lostDays\n          }\n        }\n        purchasesByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          month\n          from\n          count\n          amount\n          returnedAmount\n        }\n        balanceByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          currencyKey\n          currencyName {\n            en\n            ru\n            fa\n          }\n          points {\n            month\n            from\n            balance\n          }\n        }\n        rfmHistory @include(if: $loyalty) {\n          segment\n          from\n        }\n      }\n    }\n  }\n": types.CustomerAnalyticsDocument,
    "\n  query MyCustomerColumns {\n    me {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n": types.MyCustomerColumnsDocument,
    "\n  mutation UpdateMyCustomerColumns($columns: [ListColumnInput!]!) {\n    updateMyCustomerColumns(columns: $columns) {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n": types.UpdateMyCustomerColumnsDocument,
    "\n  query CustomerCount($search: [String!], $filter: CustomerFilter, $segmentId: ID) {\n    customerCount(search: $search, filter: $filter, segmentId: $segmentId)\n  }\n": types.CustomerCountDocument,
    "\n  query CustomerFieldList {\n    customerFields {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      operators\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n      sortable\n      source\n      attributeType\n      decimals\n    }\n  }\n": types.CustomerFieldListDocument,
    "\n  query CustomerHeader($id: ID!, $withLoyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      verification {\n        status\n      }\n      tier @include(if: $withLoyalty) {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n      }\n      balances @include(if: $withLoyalty) {\n        amount\n        currency {\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n          position\n        }\n      }\n    }\n  }\n": types.CustomerHeaderDocument,
    "\n  query CustomerLostCards($id: ID!) {\n    customer(id: $id) {\n      id\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n": types.CustomerLostCardsDocument,
    "\n  mutation ReportLostCard($customerId: ID!, $newCardNumber: String!, $reason: String) {\n    reportLostCard(customerId: $customerId, newCardNumber: $newCardNumber, reason: $reason) {\n      id\n      cardNumber\n      attributes\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n": types.ReportLostCardDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    number\n    mainCustomerId\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n    tags {\n      id\n      name\n      color\n    }\n    category {\n      id\n      name\n      color\n    }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $sort: CustomerSortInput\n    $search: [String!]\n    $filter: CustomerFilter\n    $segmentId: ID\n    $computedKeys: [String!]! = []\n    $withComputed: Boolean! = false\n  ) {\n    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n          # Only when a computed column (a balance, a plugin's field) is shown: its cells read these.\n          fieldValues(keys: $computedKeys) @include(if: $withComputed)\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.DeleteCustomerDocument,
    "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": types.ActivateCustomerDocument,
    "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeactivateCustomerDocument,
    "\n  query DuplicateCandidates($first: Int!, $offset: Int!) {\n    duplicateCandidates(first: $first, offset: $offset) {\n      totalCount\n      refreshedAt\n      counts {\n        reason\n        count\n      }\n      groups {\n        reason\n        key\n        score\n        customers {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  query MergePreview($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergePreview(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      purchases\n      history\n      tags\n      groups\n      referrals\n      children\n      balances {\n        currency\n        amount\n      }\n    }\n  }\n": types.MergePreviewDocument,
    "\n  mutation MergeCustomers($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergeCustomers(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n      undoUntil\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($customerId: ID!) {\n    unmergeCustomer(customerId: $customerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n    }\n  }\n": types.UnmergeCustomerDocument,
    "\n  query CustomerProfiles($id: ID!) {\n    customer(id: $id) {\n      id\n      mainCustomerId\n      sources {\n        customerId\n        source\n        subSource\n        arrivedAt\n        first\n        child\n      }\n      childProfiles {\n        id\n        displayName\n        mobile\n        email\n        createdAt\n      }\n      merge {\n        id\n        mainCustomerId\n        mergedAt\n        undoUntil\n      }\n    }\n  }\n": types.CustomerProfilesDocument,
    "\n  query MergeSearch($search: [String!]) {\n    customers(first: 6, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n": types.MergeSearchDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      customerId\n      profiles\n      historyEvents\n    }\n  }\n": types.EraseCustomerDocument,
    "\n  query CustomerData($id: ID!) {\n    customerData(id: $id)\n  }\n": types.CustomerDataDocument,
    "\n  fragment CustomerExportFields on CustomerExport {\n    id\n    state\n    format\n    total\n    done\n    fileName\n    downloadPath\n    expiresAt\n    problem {\n      code\n      params\n    }\n  }\n": types.CustomerExportFieldsFragmentDoc,
    "\n  mutation StartCustomerExport($input: CustomerExportInput!) {\n    startCustomerExport(input: $input) {\n      ...CustomerExportFields\n    }\n  }\n": types.StartCustomerExportDocument,
    "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) {\n      ...CustomerExportFields\n    }\n  }\n": types.CustomerExportDocument,
    "\n  fragment GiftCardFields on GiftCard {\n    id\n    code\n    status\n    value\n    currency\n    redeemBy\n    note\n    batchId\n    batchNumber\n    blocked\n    redeemedAt\n    redeemedCustomerId\n    redeemedByName\n  }\n": types.GiftCardFieldsFragmentDoc,
    "\n  query GiftCards($offset: Int!, $first: Int!, $status: GiftCardStatus, $batchId: ID, $code: String) {\n    giftCards(offset: $offset, first: $first, status: $status, batchId: $batchId, code: $code) {\n      totalCount\n      nodes {\n        ...GiftCardFields\n      }\n    }\n  }\n": types.GiftCardsDocument,
    "\n  query GiftCardBatches {\n    giftCardBatches {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      cardCount\n      redeemedCount\n      createdAt\n    }\n  }\n": types.GiftCardBatchesDocument,
    "\n  query GiftCardBatchCodes($id: ID!) {\n    giftCardBatch(id: $id) {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      codes\n    }\n  }\n": types.GiftCardBatchCodesDocument,
    "\n  mutation IssueGiftCards($input: IssueGiftCardsInput!) {\n    issueGiftCards(input: $input) {\n      id\n      number\n      cardCount\n    }\n  }\n": types.IssueGiftCardsDocument,
    "\n  mutation SetGiftCardBlocked($id: ID!, $blocked: Boolean!) {\n    setGiftCardBlocked(id: $id, blocked: $blocked) {\n      ...GiftCardFields\n    }\n  }\n": types.SetGiftCardBlockedDocument,
    "\n  mutation RedeemGiftCard($customerId: ID!, $code: String!) {\n    redeemGiftCard(customerId: $customerId, code: $code) {\n      ...GiftCardFields\n    }\n  }\n": types.RedeemGiftCardDocument,
    "\n  fragment GroupFields on CustomerGroup {\n    id\n    name\n    description\n    createdAt\n    memberCount\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation CreateGroup($input: CustomerGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: CustomerGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.DeleteGroupDocument,
    "\n  mutation AddCustomersToGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    addCustomersToGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n": types.AddCustomersToGroupDocument,
    "\n  mutation RemoveCustomersFromGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    removeCustomersFromGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n": types.RemoveCustomersFromGroupDocument,
    "\n  query CustomerGroups($id: ID!) {\n    customer(id: $id) {\n      id\n      groups {\n        id\n        name\n      }\n    }\n  }\n": types.CustomerGroupsDocument,
    "\n  query CustomerHistory(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $types: [HistoryEventType!]\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n              erased\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  fragment ImportFields on Import {\n    id\n    kind\n    state\n    fileName\n    format\n    encoding\n    delimiter\n    sheets\n    sheet\n    columns {\n      index\n      header\n      target\n      samples\n    }\n    mode\n    matchOn\n    applyEarningRules\n    attachDuplicates\n    counts {\n      rows\n      created\n      updated\n      attached\n      skipped\n      invalid\n    }\n    progress {\n      done\n      total\n    }\n    problem {\n      code\n      params\n    }\n    reportFileId\n    createdAt\n  }\n": types.ImportFieldsFragmentDoc,
    "\n  query Import($id: ID!) {\n    import(id: $id) {\n      ...ImportFields\n    }\n  }\n": types.ImportDocument,
    "\n  query Imports($first: Int!, $after: String) {\n    imports(first: $first, after: $after) {\n      edges {\n        node {\n          ...ImportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ImportsDocument,
    "\n  query ImportTargets($kind: ImportKind!) {\n    importTargets(kind: $kind) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      group\n    }\n  }\n": types.ImportTargetsDocument,
    "\n  query ImportTemplates($kind: ImportKind!) {\n    importTemplates(kind: $kind) {\n      id\n      name\n    }\n  }\n": types.ImportTemplatesDocument,
    "\n  mutation OpenImport($input: OpenImportInput!) {\n    openImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": types.OpenImportDocument,
    "\n  mutation ConfigureImport($input: ConfigureImportInput!) {\n    configureImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": types.ConfigureImportDocument,
    "\n  query ImportPreview($id: ID!, $first: Int!) {\n    importPreview(id: $id, first: $first) {\n      outOfDateOrder\n      counts {\n        rows\n        created\n        updated\n        attached\n        skipped\n        invalid\n      }\n      rows {\n        line\n        outcome\n        problem {\n          code\n          params\n        }\n        cells {\n          index\n          header\n          value\n          problem {\n            code\n            params\n          }\n        }\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation StartImport($id: ID!) {\n    startImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": types.StartImportDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": types.CancelImportDocument,
    "\n  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {\n    saveImportTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveImportTemplateDocument,
    "\n  mutation DeleteImportTemplate($id: ID!) {\n    deleteImportTemplate(id: $id)\n  }\n": types.DeleteImportTemplateDocument,
    "\n  query JobRuns($first: Int!, $after: String, $state: JobRunState) {\n    jobs(first: $first, after: $after, state: $state) {\n      edges {\n        node {\n          id\n          job\n          state\n          ownWorkspace\n          attempts\n          maxAttempts\n          queuedAt\n          startedAt\n          finishedAt\n          progress {\n            done\n            total\n          }\n          error\n          canCancel\n          canRetry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.JobRunsDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelJobDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      state\n    }\n  }\n": types.RetryJobDocument,
    "\n  query CustomerBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balances {\n        amount\n        value\n        currency {\n          ...CurrencyFields\n        }\n      }\n    }\n  }\n": types.CustomerBalancesDocument,
    "\n  query CustomerLedger(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $currency: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, currency: $currency, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            currency\n            amount\n            balanceAfter\n            expiresAt\n            reason\n            reasonCode\n            reasonParams\n            comment\n            reversesId\n            reversedById\n            createdAt\n            actor {\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerLedgerDocument,
    "\n  mutation AdjustBalance($input: AdjustBalanceInput!) {\n    adjustBalance(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": types.AdjustBalanceDocument,
    "\n  mutation ReverseLedgerOperation($input: ReverseOperationInput!) {\n    reverseLedgerOperation(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n": types.ReverseLedgerOperationDocument,
    "\n  query LoyaltyProgramme {\n    loyaltyProgramme {\n      rules\n      timeZone\n    }\n  }\n": types.LoyaltyProgrammeDocument,
    "\n  mutation UpdateLoyaltyProgramme($input: ProgrammeInput!) {\n    updateLoyaltyProgramme(input: $input) {\n      rules\n      timeZone\n    }\n  }\n": types.UpdateLoyaltyProgrammeDocument,
    "\n  fragment MailingFields on Mailing {\n    id\n    name\n    channel\n    templateId\n    state\n    scheduledAt\n    sendAt\n    timeZone\n    throttlePerMinute\n    attributionDays\n    trackClicks\n    createdByName\n    createdAt\n    audience {\n      segmentId\n      groupId\n      customerIds\n      filter\n    }\n    counts {\n      recipients\n      queued\n      sent\n      delivered\n      failed\n      skipped\n      unsubscribed\n      clicked\n      opened\n    }\n  }\n": types.MailingFieldsFragmentDoc,
    "\n  query Mailings($first: Int!, $offset: Int!) {\n    mailings(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...MailingFields\n      }\n    }\n  }\n": types.MailingsDocument,
    "\n  query Mailing($id: ID!) {\n    mailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": types.MailingDocument,
    "\n  mutation CreateMailing($input: MailingInput!) {\n    createMailing(input: $input) {\n      ...MailingFields\n    }\n  }\n": types.CreateMailingDocument,
    "\n  mutation UpdateMailing($id: ID!, $input: MailingInput!) {\n    updateMailing(id: $id, input: $input) {\n      ...MailingFields\n    }\n  }\n": types.UpdateMailingDocument,
    "\n  mutation StartMailing($id: ID!) {\n    startMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": types.StartMailingDocument,
    "\n  mutation CancelMailing($id: ID!) {\n    cancelMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n": types.CancelMailingDocument,
    "\n  mutation SendTestMailing($id: ID!, $to: String!) {\n    sendTestMailing(mailingId: $id, to: $to)\n  }\n": types.SendTestMailingDocument,
    "\n  fragment MailingAudienceCountFields on MailingAudienceCount {\n    total\n    reachable\n    excluded {\n      reason\n      count\n    }\n  }\n": types.MailingAudienceCountFieldsFragmentDoc,
    "\n  query MailingAudience($channel: String!, $audience: MailingAudienceInput!) {\n    mailingAudience(channel: $channel, audience: $audience) {\n      ...MailingAudienceCountFields\n    }\n  }\n": types.MailingAudienceDocument,
    "\n  query MailingReport($id: ID!) {\n    mailingReport(mailingId: $id) {\n      mailingState\n      attributionDays\n      byState {\n        state\n        count\n      }\n      failedByReason {\n        reason\n        count\n      }\n      skippedByReason {\n        reason\n        count\n      }\n      attributed {\n        purchases\n        customers\n        revenue\n      }\n      clicked\n      clickRate\n      opened\n      openRate\n    }\n  }\n": types.MailingReportDocument,
    "\n  fragment NewsPostFields on NewsPost {\n    id\n    title {\n      en\n      ru\n      fa\n    }\n    body {\n      en\n      ru\n      fa\n    }\n    segmentId\n    segmentName\n    segmentPrivate\n    publishAt\n    expiresAt\n    pinned\n    status\n    readCount\n    createdByName\n    updatedAt\n  }\n": types.NewsPostFieldsFragmentDoc,
    "\n  query NewsPosts($status: NewsStatus, $first: Int!, $offset: Int!) {\n    newsPosts(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...NewsPostFields\n      }\n    }\n  }\n": types.NewsPostsDocument,
    "\n  query NewsPost($id: ID!) {\n    newsPost(id: $id) {\n      ...NewsPostFields\n    }\n  }\n": types.NewsPostDocument,
    "\n  mutation CreateNewsPost($input: NewsPostInput!) {\n    createNewsPost(input: $input) {\n      ...NewsPostFields\n    }\n  }\n": types.CreateNewsPostDocument,
    "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) {\n      ...NewsPostFields\n    }\n  }\n": types.UpdateNewsPostDocument,
    "\n  mutation DeleteNewsPost($id: ID!) {\n    deleteNewsPost(id: $id)\n  }\n": types.DeleteNewsPostDocument,
    "\n  fragment NoteFields on Note {\n    id\n    customerId\n    authorId\n    authorName\n    body\n    pinned\n    createdAt\n    updatedAt\n    mentions {\n      staffId\n      name\n    }\n  }\n": types.NoteFieldsFragmentDoc,
    "\n  query CustomerNotes($customerId: ID!, $first: Int!, $after: String) {\n    customerNotes(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NoteFields\n        }\n      }\n    }\n  }\n": types.CustomerNotesDocument,
    "\n  query MentionableStaff($search: String!) {\n    mentionableStaff(search: $search, first: 8) {\n      id\n      name\n    }\n  }\n": types.MentionableStaffDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.AddNoteDocument,
    "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      ...NoteFields\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": types.DeleteNoteDocument,
    "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) {\n      ...NoteFields\n    }\n  }\n": types.PinNoteDocument,
    "\n  query MyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": types.MyUnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id)\n  }\n": types.SignOutSessionDocument,
    "\n  mutation SignOutEverywhereElse {\n    signOutEverywhere(keepCurrent: true)\n  }\n": types.SignOutEverywhereElseDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qr\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation TurnOffTwoFactor($proof: String!) {\n    turnOffTwoFactor(proof: $proof) {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": types.TurnOffTwoFactorDocument,
    "\n  fragment ProductFields on Product {\n    id\n    sku\n    name {\n      en\n      ru\n      fa\n    }\n    kind\n    price\n    unit\n    active\n    tracked\n    onHand\n    reorderLevel\n    lowStock\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  query AllProducts {\n    products(includeInactive: true) {\n      ...ProductFields\n    }\n  }\n": types.AllProductsDocument,
    "\n  query ActiveProducts {\n    products {\n      ...ProductFields\n    }\n  }\n": types.ActiveProductsDocument,
    "\n  query ProductMovements($id: ID!, $first: Int!, $after: String) {\n    product(id: $id) {\n      id\n      movements(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            quantity\n            onHand\n            purchaseId\n            note\n            actor {\n              name\n            }\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProductMovementsDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation SetProductActive($id: ID!, $active: Boolean!) {\n    setProductActive(id: $id, active: $active) {\n      ...ProductFields\n    }\n  }\n": types.SetProductActiveDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": types.DeleteProductDocument,
    "\n  mutation ReceiveStock($productId: ID!, $quantity: Float!, $note: String) {\n    receiveStock(productId: $productId, quantity: $quantity, note: $note) {\n      id\n      onHand\n    }\n  }\n": types.ReceiveStockDocument,
    "\n  mutation SetStockCount($productId: ID!, $counted: Float!, $reason: String) {\n    setStockCount(productId: $productId, counted: $counted, reason: $reason) {\n      id\n      onHand\n    }\n  }\n": types.SetStockCountDocument,
    "\n  query ProductSales($from: DateTime!, $to: DateTime!) {\n    productSales(from: $from, to: $to) {\n      product {\n        id\n        sku\n        name {\n          en\n          ru\n          fa\n        }\n        unit\n        tracked\n        onHand\n        lowStock\n      }\n      quantity\n      revenue\n    }\n  }\n": types.ProductSalesDocument,
    "\n  fragment PurchaseFields on Purchase {\n    id\n    invoiceNumber\n    amount\n    spentValue\n    paidAmount\n    branch\n    branchInfo {\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    paymentStatus\n    purchasedAt\n    returnedAmount\n    items {\n      sku\n      name\n      quantity\n      price\n      returnedQuantity\n    }\n    ledger {\n      operationId\n      customerId\n      currency\n      role\n      amount\n    }\n    actor {\n      kind\n      name\n    }\n  }\n": types.PurchaseFieldsFragmentDoc,
    "\n  query CustomerPurchases($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        total\n        count\n        firstPurchaseAt\n        lastPurchaseAt\n      }\n      purchases(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PurchaseFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CustomerPurchasesDocument,
    "\n  mutation RecordPurchase($input: RecordPurchaseInput!) {\n    recordPurchase(input: $input) {\n      ...PurchaseFields\n    }\n  }\n": types.RecordPurchaseDocument,
    "\n  mutation ReturnPurchase($input: ReturnPurchaseInput!) {\n    returnPurchase(input: $input) {\n      id\n      amount\n      shortfall {\n        currency\n        amount\n      }\n    }\n  }\n": types.ReturnPurchaseDocument,
    "\n  mutation MarkPurchasePaid($id: ID!) {\n    markPurchasePaid(purchaseId: $id) {\n      ...PurchaseFields\n    }\n  }\n": types.MarkPurchasePaidDocument,
    "\n  query RelationTypes {\n    relationTypes {\n      key\n      shipped\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.RelationTypesDocument,
    "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        createdAt\n        type {\n          key\n        }\n        label {\n          en\n          ru\n          fa\n        }\n        related {\n          id\n          displayName\n          number\n        }\n      }\n    }\n  }\n": types.CustomerRelationsDocument,
    "\n  query CustomerReferrals($id: ID!) {\n    customer(id: $id) {\n      id\n      referrer {\n        id\n        displayName\n        number\n      }\n      referredCustomers {\n        id\n        displayName\n        number\n      }\n    }\n  }\n": types.CustomerReferralsDocument,
    "\n  mutation AddCustomerRelation($input: AddCustomerRelationInput!) {\n    addCustomerRelation(input: $input) {\n      id\n    }\n  }\n": types.AddCustomerRelationDocument,
    "\n  mutation RemoveCustomerRelation($id: ID!) {\n    removeCustomerRelation(id: $id)\n  }\n": types.RemoveCustomerRelationDocument,
    "\n  mutation SetReferrer($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      referrerId\n    }\n  }\n": types.SetReferrerDocument,
    "\n  mutation ClearReferrer($customerId: ID!) {\n    clearReferral(customerId: $customerId) {\n      id\n    }\n  }\n": types.ClearReferrerDocument,
    "\n  query CustomerMatches($search: [String!]) {\n    customers(first: 10, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          number\n          mobile\n        }\n      }\n    }\n  }\n": types.CustomerMatchesDocument,
    "\n  query RelationTypesWithCounts {\n    relationTypes {\n      key\n      shipped\n      relationCount\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.RelationTypesWithCountsDocument,
    "\n  mutation CreateRelationType($input: RelationTypeInput!) {\n    createRelationType(input: $input) {\n      key\n    }\n  }\n": types.CreateRelationTypeDocument,
    "\n  mutation UpdateRelationType($key: String!, $input: RelationTypeInput!) {\n    updateRelationType(key: $key, input: $input) {\n      key\n    }\n  }\n": types.UpdateRelationTypeDocument,
    "\n  mutation DeleteRelationType($key: String!) {\n    deleteRelationType(key: $key)\n  }\n": types.DeleteRelationTypeDocument,
    "\n  query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {\n    dashboard(input: $input) {\n      from\n      to\n      previousFrom\n      previousTo\n      calendar\n      timeZone\n      asOf\n      members {\n        value\n        previous\n      }\n      newMembers {\n        value\n        previous\n      }\n      activeMembers {\n        value\n        previous\n      }\n      purchases {\n        value\n        previous\n      }\n      repeatCustomers {\n        value\n        previous\n      }\n      revenue {\n        value\n        previous\n      }\n      averagePurchase {\n        value\n        previous\n      }\n      balances {\n        currency {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n        }\n        issued\n        spent\n        expired\n        previousIssued\n        previousSpent\n      }\n      series {\n        start\n        end\n        label\n        startDay\n        partial\n        newMembers\n        activeMembers\n        purchases\n        revenue\n      }\n      tiers {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        customers\n      }\n      rfmSegments {\n        segment\n        customers\n      }\n      topCustomers(first: 10) @include(if: $withTop) {\n        customerId\n        displayName\n        purchases\n        revenue\n      }\n      topProducts(first: 10) @include(if: $withProducts) {\n        product {\n          id\n          sku\n          unit\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        quantity\n        revenue\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query WorkspaceClock {\n    workspaceSettings {\n      timeZone\n    }\n  }\n": types.WorkspaceClockDocument,
    "\n  mutation ExportDashboard($input: DashboardInput!) {\n    exportDashboard(input: $input, first: 10) {\n      fileId\n      name\n      downloadPath\n    }\n  }\n": types.ExportDashboardDocument,
    "\n  query CustomerRfm($id: ID!) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        count\n      }\n      rfm {\n        recencyDays\n        frequency\n        monetary\n        r\n        f\n        m\n        segment\n        since\n        computedAt\n        history(first: 20) {\n          segment\n          from\n        }\n      }\n    }\n  }\n": types.CustomerRfmDocument,
    "\n  query RfmSegments {\n    rfmSegments {\n      segment\n      customers\n    }\n  }\n": types.RfmSegmentsDocument,
    "\n  mutation RecomputeRfm {\n    recomputeRfm {\n      customersScored\n      segmentsChanged\n      durationMs\n    }\n  }\n": types.RecomputeRfmDocument,
    "\n  query RfmMovement {\n    rfmMovement {\n      computedAt\n      previousComputedAt\n      moves {\n        from\n        to\n        customers\n      }\n    }\n  }\n": types.RfmMovementDocument,
    "\n  fragment RoleFields on Role {\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    permissions\n    shipped\n    editable\n    staffCount\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": types.RolesDocument,
    "\n  query RoleNames {\n    roleNames {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.RoleNamesDocument,
    "\n  query Permissions {\n    permissions {\n      name\n      description\n      module\n    }\n  }\n": types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($key: String!, $input: RoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...RoleFields\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n": types.DeleteRoleDocument,
    "\n  fragment SegmentFields on Segment {\n    id\n    name\n    shared\n    sharedWithRoles\n    canEdit\n    filter\n    search\n    memberCount\n    owner {\n      id\n      name\n    }\n  }\n": types.SegmentFieldsFragmentDoc,
    "\n  query Segments {\n    segments {\n      ...SegmentFields\n    }\n  }\n": types.SegmentsDocument,
    "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      ...SegmentFields\n    }\n  }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      ...SegmentFields\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.DeleteSegmentDocument,
    "\n  mutation CustomerSignOut {\n    customerSignOut\n  }\n": types.CustomerSignOutDocument,
    "\n  query MyOperations($first: Int!, $after: String) {\n    myOperations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          currency\n          kind\n          amount\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyOperationsDocument,
    "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          invoiceNumber\n          amount\n          paidAmount\n          purchasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPurchasesDocument,
    "\n  query MyRequests {\n    myRequests {\n      id\n      subject\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n": types.MyRequestsDocument,
    "\n  mutation SendRequest($subject: String!, $text: String!) {\n    sendRequest(subject: $subject, text: $text) {\n      id\n    }\n  }\n": types.SendRequestDocument,
    "\n  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyAccountPasswordDocument,
    "\n  query MyNews($first: Int!, $after: String, $language: Locale) {\n    myNews(first: $first, after: $after, language: $language) {\n      edges {\n        node {\n          id\n          language\n          title\n          body\n          publishedAt\n          pinned\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myUnreadNewsCount\n  }\n": types.MyNewsDocument,
    "\n  mutation MarkMyNewsRead($id: ID!) {\n    markMyNewsRead(id: $id)\n  }\n": types.MarkMyNewsReadDocument,
    "\n  query MyPushKey {\n    myPushKey\n  }\n": types.MyPushKeyDocument,
    "\n  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {\n    subscribeMyPush(input: $input)\n  }\n": types.SubscribeMyPushDocument,
    "\n  mutation UnsubscribeMyPush($endpoint: String!) {\n    unsubscribeMyPush(endpoint: $endpoint)\n  }\n": types.UnsubscribeMyPushDocument,
    "\n  fragment SelfServiceAccountFields on SelfServiceAccount {\n    customerId\n    firstName\n    lastName\n    cardNumber\n    email\n    birthDate\n    gender\n    number\n    consents {\n      kind\n      state\n      at\n    }\n    tier {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    balances {\n      amount\n      currency {\n        key\n        decimals\n        name {\n          en\n          ru\n          fa\n        }\n      }\n    }\n  }\n": types.SelfServiceAccountFieldsFragmentDoc,
    "\n  query MyAccount {\n    myAccount {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {\n    customerSignIn(workspace: $workspace, login: $login, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.CustomerSignInDocument,
    "\n  query SelfSignUpOpen($workspace: ID!) {\n    selfSignUpOpen(workspace: $workspace)\n  }\n": types.SelfSignUpOpenDocument,
    "\n  mutation StartCustomerSignUp(\n    $workspace: ID!\n    $mobile: String!\n    $firstName: String!\n    $lastName: String\n    $language: String\n  ) {\n    startCustomerSignUp(\n      workspace: $workspace\n      mobile: $mobile\n      firstName: $firstName\n      lastName: $lastName\n      language: $language\n    )\n  }\n": types.StartCustomerSignUpDocument,
    "\n  mutation FinishCustomerSignUp($signUpId: ID!, $code: String!, $password: String!, $marketingConsent: Boolean!) {\n    finishCustomerSignUp(signUpId: $signUpId, code: $code, password: $password, marketingConsent: $marketingConsent) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.FinishCustomerSignUpDocument,
    "\n  mutation SetSelfServicePassword($token: String!, $password: String!) {\n    setSelfServicePassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.SetSelfServicePasswordDocument,
    "\n  mutation StartCustomerPasswordReset($workspace: ID!, $login: String!, $language: String) {\n    startCustomerPasswordReset(workspace: $workspace, login: $login, language: $language)\n  }\n": types.StartCustomerPasswordResetDocument,
    "\n  mutation FinishCustomerPasswordReset($resetId: ID!, $code: String!, $password: String!) {\n    finishCustomerPasswordReset(resetId: $resetId, code: $code, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.FinishCustomerPasswordResetDocument,
    "\n  mutation ResetCustomerPassword($token: String!, $password: String!) {\n    resetCustomerPassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.ResetCustomerPasswordDocument,
    "\n  mutation SetMyConsent($kind: ConsentKind!, $granted: Boolean!) {\n    setMyConsent(kind: $kind, granted: $granted) {\n      kind\n      state\n      at\n    }\n  }\n": types.SetMyConsentDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SelfServiceAccountFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation InviteToSelfService($customerId: ID!) {\n    inviteCustomerToSelfService(customerId: $customerId) {\n      link\n      expiresAt\n      emailed\n    }\n  }\n": types.InviteToSelfServiceDocument,
    "\n  fragment CustomerRequestFields on CustomerRequest {\n    id\n    customerId\n    customerName\n    subject\n    text\n    status\n    answer\n    answeredAt\n    answeredBy {\n      name\n    }\n    createdAt\n  }\n": types.CustomerRequestFieldsFragmentDoc,
    "\n  query CustomerRequests($status: CustomerRequestStatus, $first: Int!, $after: String) {\n    customerRequests(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...CustomerRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomerRequestsDocument,
    "\n  mutation AnswerCustomerRequest($id: ID!, $text: String!) {\n    answerCustomerRequest(id: $id, text: $text) {\n      ...CustomerRequestFields\n    }\n  }\n": types.AnswerCustomerRequestDocument,
    "\n  mutation CloseCustomerRequest($id: ID!) {\n    closeCustomerRequest(id: $id) {\n      ...CustomerRequestFields\n    }\n  }\n": types.CloseCustomerRequestDocument,
    "\n  fragment StaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    active\n    mustChangePassword\n    twoFactorEnabled\n    createdAt\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.StaffFieldsFragmentDoc,
    "\n  query StaffMembers {\n    staffMembers {\n      ...StaffFields\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation ChangeStaffRole($id: ID!, $role: String!) {\n    changeStaffRole(id: $id, role: $role) {\n      ...StaffFields\n    }\n  }\n": types.ChangeStaffRoleDocument,
    "\n  mutation SetStaffBranch($id: ID!, $branchId: ID) {\n    setStaffBranch(id: $id, branchId: $branchId) {\n      ...StaffFields\n    }\n  }\n": types.SetStaffBranchDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation SetTemporaryPassword($id: ID!, $password: String!) {\n    setTemporaryPassword(id: $id, password: $password) {\n      ...StaffFields\n    }\n  }\n": types.SetTemporaryPasswordDocument,
    "\n  mutation ResetStaffTwoFactor($id: ID!) {\n    resetStaffTwoFactor(id: $id) {\n      ...StaffFields\n    }\n  }\n": types.ResetStaffTwoFactorDocument,
    "\n  query Tags {\n    tags {\n      id\n      name\n      color\n    }\n  }\n": types.TagsDocument,
    "\n  query TagsWithCounts {\n    tags {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n": types.TagsWithCountsDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: TagInput!) {\n    updateTag(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.UpdateTagDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n": types.DeleteTagDocument,
    "\n  mutation SetCustomerTags($customerId: ID!, $tagIds: [ID!]!) {\n    setCustomerTags(customerId: $customerId, tagIds: $tagIds) {\n      id\n      updatedAt\n      tags {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.SetCustomerTagsDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    channel\n    contents {\n      language\n      subject\n      text\n      html\n    }\n    createdAt\n    updatedAt\n  }\n": types.MessageTemplateFieldsFragmentDoc,
    "\n  query MessageTemplates {\n    messageTemplates {\n      ...MessageTemplateFields\n    }\n  }\n": types.MessageTemplatesDocument,
    "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n": types.MessageTemplateDocument,
    "\n  query TemplateVariables {\n    templateVariables\n  }\n": types.TemplateVariablesDocument,
    "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": types.UpdateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": types.DeleteMessageTemplateDocument,
    "\n  query PreviewTemplate($customerId: ID!, $draft: MessageTemplateInput!, $language: Locale) {\n    previewTemplate(customerId: $customerId, draft: $draft, language: $language) {\n      language\n      subject\n      text\n      html\n      smsLength {\n        encoding\n        characters\n        parts\n        perPart\n      }\n      problem {\n        code\n        variable\n        message\n      }\n    }\n  }\n": types.PreviewTemplateDocument,
    "\n  fragment TierFields on Tier {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    position\n    minPurchaseTotal\n    minPurchaseCount\n    minXp\n    rules\n  }\n": types.TierFieldsFragmentDoc,
    "\n  query Tiers {\n    tiers {\n      ...TierFields\n      customerCount\n    }\n  }\n": types.TiersDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) {\n      ...TierFields\n    }\n  }\n": types.CreateTierDocument,
    "\n  mutation UpdateTier($id: ID!, $input: TierInput!) {\n    updateTier(id: $id, input: $input) {\n      ...TierFields\n    }\n  }\n": types.UpdateTierDocument,
    "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n": types.DeleteTierDocument,
    "\n  query TierPolicy {\n    tierPolicy {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n": types.TierPolicyDocument,
    "\n  mutation UpdateTierPolicy($input: TierPolicyInput!) {\n    updateTierPolicy(input: $input) {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n": types.UpdateTierPolicyDocument,
    "\n  mutation RecomputeTiers {\n    recomputeTiers {\n      evaluated\n      changed\n    }\n  }\n": types.RecomputeTiersDocument,
    "\n  query CustomerTier($id: ID!) {\n    customer(id: $id) {\n      id\n      tier {\n        tier {\n          ...TierFields\n        }\n        manualTier {\n          id\n        }\n        since\n        reviewAt\n        progress {\n          purchaseTotal\n          purchaseCount\n          xp\n          nextTier {\n            ...TierFields\n          }\n          purchaseTotalNeeded\n          purchaseCountNeeded\n          xpNeeded\n        }\n      }\n    }\n  }\n": types.CustomerTierDocument,
    "\n  mutation SetCustomerManualTier($customerId: ID!, $tierId: ID) {\n    setCustomerManualTier(customerId: $customerId, tierId: $tierId) {\n      tier {\n        id\n      }\n      manualTier {\n        id\n      }\n    }\n  }\n": types.SetCustomerManualTierDocument,
    "\n  fragment WebhookFields on Webhook {\n    id\n    name\n    url\n    events\n    enabled\n    lastDelivery {\n      id\n      type\n      state\n      createdAt\n    }\n  }\n": types.WebhookFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    type\n    state\n    createdAt\n    nextAttemptAt\n    attempts {\n      at\n      status\n      error\n    }\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n    webhookEventTypes\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  query WorkspaceSettings {\n    me {\n      id\n      workspace {\n        id\n      }\n    }\n    workspaceSettings {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n": types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n": types.UpdateWorkspaceSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    permissions\n    requestsPerMinute\n    status\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    permissions\n    requestsPerMinute\n    status\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    revokedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyPermissions {\n    apiKeyPermissions {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyPermissions {\n    apiKeyPermissions {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      format\n      formatMissing\n      formatHint {\n        en\n        ru\n        fa\n      }\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      format\n      formatMissing\n      formatHint {\n        en\n        ru\n        fa\n      }\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"): (typeof documents)["\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributeFormats {\n    attributeFormats {\n      key\n      base\n      module\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributeFormats {\n    attributeFormats {\n      key\n      base\n      module\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttributeValuesReport($id: ID!, $format: String) {\n    startAttributeValuesReport(id: $id, format: $format)\n  }\n"): (typeof documents)["\n  mutation StartAttributeValuesReport($id: ID!, $format: String) {\n    startAttributeValuesReport(id: $id, format: $format)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributeValuesCheck($id: ID!, $format: String) {\n    attributeValuesCheck(id: $id, format: $format) {\n      format\n      checked\n      fit\n      rewritten\n      refused\n      firstRefused {\n        customerId\n        customerNumber\n        value\n        problem {\n          code\n          params\n        }\n      }\n      firstRewritten {\n        customerId\n        customerNumber\n        value\n        storedAs\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributeValuesCheck($id: ID!, $format: String) {\n    attributeValuesCheck(id: $id, format: $format) {\n      format\n      checked\n      fit\n      rewritten\n      refused\n      firstRefused {\n        customerId\n        customerNumber\n        value\n        problem {\n          code\n          params\n        }\n      }\n      firstRewritten {\n        customerId\n        customerNumber\n        value\n        storedAs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occurredAt\n          type\n          actor {\n            kind\n            name\n          }\n          subject\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occurredAt\n          type\n          actor {\n            kind\n            name\n          }\n          subject\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInStaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    mustChangePassword\n    twoFactorSetupRequired\n    locale\n    calendar\n    permissions\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    workspace {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignedInStaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    mustChangePassword\n    twoFactorSetupRequired\n    locale\n    calendar\n    permissions\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    workspace {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInStaffFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SignedInStaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignedInStaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SignedInStaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginSecondStep($challenge: String!, $code: String!) {\n    loginSecondStep(challenge: $challenge, code: $code) {\n      ...SignedInStaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginSecondStep($challenge: String!, $code: String!) {\n    loginSecondStep(challenge: $challenge, code: $code) {\n      ...SignedInStaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutomationFields on Automation {\n    id\n    name\n    paused\n    trigger {\n      kind\n      params\n    }\n    condition\n    actions {\n      kind\n      params\n    }\n    recentRuns\n    templates {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AutomationFields on Automation {\n    id\n    name\n    paused\n    trigger {\n      kind\n      params\n    }\n    condition\n    actions {\n      kind\n      params\n    }\n    recentRuns\n    templates {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Automations {\n    automations {\n      ...AutomationFields\n    }\n  }\n"): (typeof documents)["\n  query Automations {\n    automations {\n      ...AutomationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Automation($id: ID!) {\n    automation(id: $id) {\n      ...AutomationFields\n    }\n  }\n"): (typeof documents)["\n  query Automation($id: ID!) {\n    automation(id: $id) {\n      ...AutomationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAutomation($input: AutomationInput!) {\n    createAutomation(input: $input) {\n      ...AutomationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAutomation($input: AutomationInput!) {\n    createAutomation(input: $input) {\n      ...AutomationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {\n    updateAutomation(id: $id, input: $input) {\n      ...AutomationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {\n    updateAutomation(id: $id, input: $input) {\n      ...AutomationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAutomationPaused($id: ID!, $paused: Boolean!) {\n    setAutomationPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n"): (typeof documents)["\n  mutation SetAutomationPaused($id: ID!, $paused: Boolean!) {\n    setAutomationPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAutomation($id: ID!) {\n    deleteAutomation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAutomation($id: ID!) {\n    deleteAutomation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationRuns($automationId: ID!, $first: Int!, $after: String) {\n    automationRuns(automationId: $automationId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          customerId\n          customerName\n          customerNumber\n          occurrence\n          state\n          errorCode\n          attempts\n          retryAt\n          createdAt\n          outcomes {\n            kind\n            state\n            code\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationRuns($automationId: ID!, $first: Int!, $after: String) {\n    automationRuns(automationId: $automationId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          customerId\n          customerName\n          customerNumber\n          occurrence\n          state\n          errorCode\n          attempts\n          retryAt\n          createdAt\n          outcomes {\n            kind\n            state\n            code\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalanceBatchFields on BalanceBatch {\n    id\n    status\n    currency\n    identifier\n    totalLines\n    matched\n    unmatched\n    invalid\n    inactive\n    wouldGoNegative\n    tooLow\n    applied\n  }\n"): (typeof documents)["\n  fragment BalanceBatchFields on BalanceBatch {\n    id\n    status\n    currency\n    identifier\n    totalLines\n    matched\n    unmatched\n    invalid\n    inactive\n    wouldGoNegative\n    tooLow\n    applied\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalanceBatchLineFields on BalanceBatchLine {\n    line\n    identifier\n    amount\n    problem\n    detail\n    detailProblem {\n      code\n      params\n    }\n  }\n"): (typeof documents)["\n  fragment BalanceBatchLineFields on BalanceBatchLine {\n    line\n    identifier\n    amount\n    problem\n    detail\n    detailProblem {\n      code\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewBalanceBatch($input: BalanceBatchInput!, $first: Int!) {\n    previewBalanceBatch(input: $input) {\n      ...BalanceBatchFields\n      problems(first: $first) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewBalanceBatch($input: BalanceBatchInput!, $first: Int!) {\n    previewBalanceBatch(input: $input) {\n      ...BalanceBatchFields\n      problems(first: $first) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBalanceBatch($id: ID!) {\n    confirmBalanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBalanceBatch($id: ID!) {\n    confirmBalanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceBatch($id: ID!) {\n    balanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n"): (typeof documents)["\n  query BalanceBatch($id: ID!) {\n    balanceBatch(id: $id) {\n      ...BalanceBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceBatchProblems($id: ID!, $first: Int!, $afterLine: Int!) {\n    balanceBatch(id: $id) {\n      id\n      problems(first: $first, afterLine: $afterLine) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BalanceBatchProblems($id: ID!, $first: Int!, $afterLine: Int!) {\n    balanceBatch(id: $id) {\n      id\n      problems(first: $first, afterLine: $afterLine) {\n        ...BalanceBatchLineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchFields on Branch {\n    id\n    code\n    name {\n      en\n      ru\n      fa\n    }\n    address\n    active\n  }\n"): (typeof documents)["\n  fragment BranchFields on Branch {\n    id\n    code\n    name {\n      en\n      ru\n      fa\n    }\n    address\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllBranches {\n    branches(includeInactive: true) {\n      ...BranchFields\n      staffCount\n    }\n  }\n"): (typeof documents)["\n  query AllBranches {\n    branches(includeInactive: true) {\n      ...BranchFields\n      staffCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveBranches {\n    branches {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  query ActiveBranches {\n    branches {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBranchActive($id: ID!, $active: Boolean!) {\n    setBranchActive(id: $id, active: $active) {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetBranchActive($id: ID!, $active: Boolean!) {\n    setBranchActive(id: $id, active: $active) {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    processed\n    failed\n    finishedAt\n    problems {\n      customerId\n      message\n      problem {\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    processed\n    failed\n    finishedAt\n    problems {\n      customerId\n      message\n      problem {\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkAction($selection: CustomerSelection!, $action: BulkActionInput!) {\n    startBulkAction(selection: $selection, action: $action) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBulkAction($selection: CustomerSelection!, $action: BulkActionInput!) {\n    startBulkAction(selection: $selection, action: $action) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkJob($id: ID!) {\n    bulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  query BulkJob($id: ID!) {\n    bulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCardTabs($customerId: ID!) {\n    customerCardTabs(customerId: $customerId) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCardTabs($customerId: ID!) {\n    customerCardTabs(customerId: $customerId) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CardTabValueFields on CardTabValue {\n    kind\n    text\n    number\n    currency\n    date\n    at\n    url\n    customerId\n    tone\n  }\n"): (typeof documents)["\n  fragment CardTabValueFields on CardTabValue {\n    kind\n    text\n    number\n    currency\n    date\n    at\n    url\n    customerId\n    tone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCardTab($customerId: ID!, $key: String!, $language: Locale!) {\n    customerCardTab(customerId: $customerId, key: $key, language: $language) {\n      key\n      empty {\n        en\n        ru\n        fa\n      }\n      sections {\n        title {\n          en\n          ru\n          fa\n        }\n        fields {\n          label {\n            en\n            ru\n            fa\n          }\n          value {\n            ...CardTabValueFields\n          }\n        }\n        table {\n          columns {\n            label {\n              en\n              ru\n              fa\n            }\n            kind\n          }\n          rows {\n            cells {\n              ...CardTabValueFields\n            }\n          }\n          empty {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCardTab($customerId: ID!, $key: String!, $language: Locale!) {\n    customerCardTab(customerId: $customerId, key: $key, language: $language) {\n      key\n      empty {\n        en\n        ru\n        fa\n      }\n      sections {\n        title {\n          en\n          ru\n          fa\n        }\n        fields {\n          label {\n            en\n            ru\n            fa\n          }\n          value {\n            ...CardTabValueFields\n          }\n        }\n        table {\n          columns {\n            label {\n              en\n              ru\n              fa\n            }\n            kind\n          }\n          rows {\n            cells {\n              ...CardTabValueFields\n            }\n          }\n          empty {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesWithCounts {\n    categories {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n"): (typeof documents)["\n  query CategoriesWithCounts {\n    categories {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerCategory($customerId: ID!, $categoryId: ID) {\n    setCustomerCategory(customerId: $customerId, categoryId: $categoryId) {\n      id\n      updatedAt\n      category {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomerCategory($customerId: ID!, $categoryId: ID) {\n    setCustomerCategory(customerId: $customerId, categoryId: $categoryId) {\n      id\n      updatedAt\n      category {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelAccountFields on ChannelAccount {\n    id\n    provider\n    kind\n    name\n    enabled\n    isDefault\n    settings {\n      key\n      value\n    }\n    secretsSet\n    webhookUrl\n  }\n"): (typeof documents)["\n  fragment ChannelAccountFields on ChannelAccount {\n    id\n    provider\n    kind\n    name\n    enabled\n    isDefault\n    settings {\n      key\n      value\n    }\n    secretsSet\n    webhookUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Channels {\n    channelProviders {\n      provider\n      kind\n      label {\n        en\n        ru\n        fa\n      }\n      settings {\n        key\n        label {\n          en\n          ru\n          fa\n        }\n        required\n        secret\n        help {\n          en\n          ru\n          fa\n        }\n        choices\n        choiceLabels {\n          value\n          label {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n    channelAccounts {\n      ...ChannelAccountFields\n    }\n  }\n"): (typeof documents)["\n  query Channels {\n    channelProviders {\n      provider\n      kind\n      label {\n        en\n        ru\n        fa\n      }\n      settings {\n        key\n        label {\n          en\n          ru\n          fa\n        }\n        required\n        secret\n        help {\n          en\n          ru\n          fa\n        }\n        choices\n        choiceLabels {\n          value\n          label {\n            en\n            ru\n            fa\n          }\n        }\n      }\n    }\n    channelAccounts {\n      ...ChannelAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChannelAccount($input: SaveChannelAccountInput!) {\n    saveChannelAccount(input: $input) {\n      ...ChannelAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveChannelAccount($input: SaveChannelAccountInput!) {\n    saveChannelAccount(input: $input) {\n      ...ChannelAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChannelAccount($id: ID!) {\n    deleteChannelAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteChannelAccount($id: ID!) {\n    deleteChannelAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestMessage($accountId: ID!, $to: String!, $text: String!) {\n    sendTestMessage(accountId: $accountId, to: $to, text: $text) {\n      ok\n      providerMessageId\n      retryable\n      reason\n      detail\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestMessage($accountId: ID!, $to: String!, $text: String!) {\n    sendTestMessage(accountId: $accountId, to: $to, text: $text) {\n      ok\n      providerMessageId\n      retryable\n      reason\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadLimit {\n    uploadMaxBytes\n  }\n"): (typeof documents)["\n  query UploadLimit {\n    uploadMaxBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerConsents($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      mobile\n      email\n      consents {\n        kind\n        state\n        record {\n          id\n          at\n          source\n          capturedVia\n        }\n      }\n      consentHistory(first: $first) {\n        hasNextPage\n        records {\n          id\n          kind\n          granted\n          at\n          recordedAt\n          source\n          capturedVia\n          actor {\n            kind\n            name\n          }\n        }\n      }\n      verification {\n        status\n        verifiedAt\n        verifiedBy\n        phoneVerified\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerConsents($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      mobile\n      email\n      consents {\n        kind\n        state\n        record {\n          id\n          at\n          source\n          capturedVia\n        }\n      }\n      consentHistory(first: $first) {\n        hasNextPage\n        records {\n          id\n          kind\n          granted\n          at\n          recordedAt\n          source\n          capturedVia\n          actor {\n            kind\n            name\n          }\n        }\n      }\n      verification {\n        status\n        verifiedAt\n        verifiedBy\n        phoneVerified\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConsent($input: ConsentChangeInput!) {\n    grantConsent(input: $input) {\n      kind\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation GrantConsent($input: ConsentChangeInput!) {\n    grantConsent(input: $input) {\n      kind\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: ConsentChangeInput!) {\n    withdrawConsent(input: $input) {\n      kind\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($input: ConsentChangeInput!) {\n    withdrawConsent(input: $input) {\n      kind\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCustomer($id: ID!) {\n    verifyCustomer(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCustomer($id: ID!) {\n    verifyCustomer(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactVerified($input: ContactVerificationInput!) {\n    setContactVerified(input: $input) {\n      phoneVerified\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactVerified($input: ContactVerificationInput!) {\n    setContactVerified(input: $input) {\n      phoneVerified\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrencyFields on Currency {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    decimals\n    unitValue\n    spendable\n    position\n  }\n"): (typeof documents)["\n  fragment CurrencyFields on Currency {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    decimals\n    unitValue\n    spendable\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Currencies {\n    currencies {\n      ...CurrencyFields\n    }\n  }\n"): (typeof documents)["\n  query Currencies {\n    currencies {\n      ...CurrencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCurrency($input: CurrencyInput!) {\n    createCurrency(input: $input) {\n      ...CurrencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCurrency($input: CurrencyInput!) {\n    createCurrency(input: $input) {\n      ...CurrencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCurrency($id: ID!, $input: CurrencyInput!) {\n    updateCurrency(id: $id, input: $input) {\n      ...CurrencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCurrency($id: ID!, $input: CurrencyInput!) {\n    updateCurrency(id: $id, input: $input) {\n      ...CurrencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAnalytics($id: ID!, $months: Int!, $calendar: CalendarSystem!, $loyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      analytics {\n        completeness {\n          filled\n          counted\n          share\n          missing {\n            key\n            label {\n              en\n              ru\n              fa\n            }\n          }\n        }\n        lifecycle {\n          stage\n          joinedAt\n          lastPurchaseAt\n          rules {\n            newDays\n            atRiskDays\n            lostDays\n          }\n        }\n        purchasesByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          month\n          from\n          count\n          amount\n          returnedAmount\n        }\n        balanceByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          currencyKey\n          currencyName {\n            en\n            ru\n            fa\n          }\n          points {\n            month\n            from\n            balance\n          }\n        }\n        rfmHistory @include(if: $loyalty) {\n          segment\n          from\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAnalytics($id: ID!, $months: Int!, $calendar: CalendarSystem!, $loyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      analytics {\n        completeness {\n          filled\n          counted\n          share\n          missing {\n            key\n            label {\n              en\n              ru\n              fa\n            }\n          }\n        }\n        lifecycle {\n          stage\n          joinedAt\n          lastPurchaseAt\n          rules {\n            newDays\n            atRiskDays\n            lostDays\n          }\n        }\n        purchasesByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          month\n          from\n          count\n          amount\n          returnedAmount\n        }\n        balanceByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {\n          currencyKey\n          currencyName {\n            en\n            ru\n            fa\n          }\n          points {\n            month\n            from\n            balance\n          }\n        }\n        rfmHistory @include(if: $loyalty) {\n          segment\n          from\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCustomerColumns {\n    me {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCustomerColumns {\n    me {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyCustomerColumns($columns: [ListColumnInput!]!) {\n    updateMyCustomerColumns(columns: $columns) {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyCustomerColumns($columns: [ListColumnInput!]!) {\n    updateMyCustomerColumns(columns: $columns) {\n      id\n      customerColumns {\n        key\n        width\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCount($search: [String!], $filter: CustomerFilter, $segmentId: ID) {\n    customerCount(search: $search, filter: $filter, segmentId: $segmentId)\n  }\n"): (typeof documents)["\n  query CustomerCount($search: [String!], $filter: CustomerFilter, $segmentId: ID) {\n    customerCount(search: $search, filter: $filter, segmentId: $segmentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFieldList {\n    customerFields {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      operators\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n      sortable\n      source\n      attributeType\n      decimals\n    }\n  }\n"): (typeof documents)["\n  query CustomerFieldList {\n    customerFields {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      operators\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n      sortable\n      source\n      attributeType\n      decimals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHeader($id: ID!, $withLoyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      verification {\n        status\n      }\n      tier @include(if: $withLoyalty) {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n      }\n      balances @include(if: $withLoyalty) {\n        amount\n        currency {\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n          position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHeader($id: ID!, $withLoyalty: Boolean!) {\n    customer(id: $id) {\n      id\n      verification {\n        status\n      }\n      tier @include(if: $withLoyalty) {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n      }\n      balances @include(if: $withLoyalty) {\n        amount\n        currency {\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n          position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLostCards($id: ID!) {\n    customer(id: $id) {\n      id\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLostCards($id: ID!) {\n    customer(id: $id) {\n      id\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLostCard($customerId: ID!, $newCardNumber: String!, $reason: String) {\n    reportLostCard(customerId: $customerId, newCardNumber: $newCardNumber, reason: $reason) {\n      id\n      cardNumber\n      attributes\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportLostCard($customerId: ID!, $newCardNumber: String!, $reason: String) {\n    reportLostCard(customerId: $customerId, newCardNumber: $newCardNumber, reason: $reason) {\n      id\n      cardNumber\n      attributes\n      lostCards {\n        cardNumber\n        reportedAt\n        reason\n        reportedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    number\n    mainCustomerId\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n    tags {\n      id\n      name\n      color\n    }\n    category {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    number\n    mainCustomerId\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n    tags {\n      id\n      name\n      color\n    }\n    category {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers(\n    $first: Int\n    $after: String\n    $sort: CustomerSortInput\n    $search: [String!]\n    $filter: CustomerFilter\n    $segmentId: ID\n    $computedKeys: [String!]! = []\n    $withComputed: Boolean! = false\n  ) {\n    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n          # Only when a computed column (a balance, a plugin's field) is shown: its cells read these.\n          fieldValues(keys: $computedKeys) @include(if: $withComputed)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers(\n    $first: Int\n    $after: String\n    $sort: CustomerSortInput\n    $search: [String!]\n    $filter: CustomerFilter\n    $segmentId: ID\n    $computedKeys: [String!]! = []\n    $withComputed: Boolean! = false\n  ) {\n    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n          # Only when a computed column (a balance, a plugin's field) is shown: its cells read these.\n          fieldValues(keys: $computedKeys) @include(if: $withComputed)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($first: Int!, $offset: Int!) {\n    duplicateCandidates(first: $first, offset: $offset) {\n      totalCount\n      refreshedAt\n      counts {\n        reason\n        count\n      }\n      groups {\n        reason\n        key\n        score\n        customers {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($first: Int!, $offset: Int!) {\n    duplicateCandidates(first: $first, offset: $offset) {\n      totalCount\n      refreshedAt\n      counts {\n        reason\n        count\n      }\n      groups {\n        reason\n        key\n        score\n        customers {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePreview($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergePreview(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      purchases\n      history\n      tags\n      groups\n      referrals\n      children\n      balances {\n        currency\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergePreview($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergePreview(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      purchases\n      history\n      tags\n      groups\n      referrals\n      children\n      balances {\n        currency\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergeCustomers(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n      undoUntil\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($mainCustomerId: ID!, $mergedCustomerId: ID!) {\n    mergeCustomers(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n      undoUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeCustomer($customerId: ID!) {\n    unmergeCustomer(customerId: $customerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n    }\n  }\n"): (typeof documents)["\n  mutation UnmergeCustomer($customerId: ID!) {\n    unmergeCustomer(customerId: $customerId) {\n      id\n      mainCustomerId\n      mergedCustomerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfiles($id: ID!) {\n    customer(id: $id) {\n      id\n      mainCustomerId\n      sources {\n        customerId\n        source\n        subSource\n        arrivedAt\n        first\n        child\n      }\n      childProfiles {\n        id\n        displayName\n        mobile\n        email\n        createdAt\n      }\n      merge {\n        id\n        mainCustomerId\n        mergedAt\n        undoUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfiles($id: ID!) {\n    customer(id: $id) {\n      id\n      mainCustomerId\n      sources {\n        customerId\n        source\n        subSource\n        arrivedAt\n        first\n        child\n      }\n      childProfiles {\n        id\n        displayName\n        mobile\n        email\n        createdAt\n      }\n      merge {\n        id\n        mainCustomerId\n        mergedAt\n        undoUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSearch($search: [String!]) {\n    customers(first: 6, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSearch($search: [String!]) {\n    customers(first: 6, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          firstName\n          lastName\n          mobile\n          email\n          attributes\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      customerId\n      profiles\n      historyEvents\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      customerId\n      profiles\n      historyEvents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerData($id: ID!) {\n    customerData(id: $id)\n  }\n"): (typeof documents)["\n  query CustomerData($id: ID!) {\n    customerData(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerExportFields on CustomerExport {\n    id\n    state\n    format\n    total\n    done\n    fileName\n    downloadPath\n    expiresAt\n    problem {\n      code\n      params\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerExportFields on CustomerExport {\n    id\n    state\n    format\n    total\n    done\n    fileName\n    downloadPath\n    expiresAt\n    problem {\n      code\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerExport($input: CustomerExportInput!) {\n    startCustomerExport(input: $input) {\n      ...CustomerExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartCustomerExport($input: CustomerExportInput!) {\n    startCustomerExport(input: $input) {\n      ...CustomerExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) {\n      ...CustomerExportFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) {\n      ...CustomerExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GiftCardFields on GiftCard {\n    id\n    code\n    status\n    value\n    currency\n    redeemBy\n    note\n    batchId\n    batchNumber\n    blocked\n    redeemedAt\n    redeemedCustomerId\n    redeemedByName\n  }\n"): (typeof documents)["\n  fragment GiftCardFields on GiftCard {\n    id\n    code\n    status\n    value\n    currency\n    redeemBy\n    note\n    batchId\n    batchNumber\n    blocked\n    redeemedAt\n    redeemedCustomerId\n    redeemedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCards($offset: Int!, $first: Int!, $status: GiftCardStatus, $batchId: ID, $code: String) {\n    giftCards(offset: $offset, first: $first, status: $status, batchId: $batchId, code: $code) {\n      totalCount\n      nodes {\n        ...GiftCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GiftCards($offset: Int!, $first: Int!, $status: GiftCardStatus, $batchId: ID, $code: String) {\n    giftCards(offset: $offset, first: $first, status: $status, batchId: $batchId, code: $code) {\n      totalCount\n      nodes {\n        ...GiftCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCardBatches {\n    giftCardBatches {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      cardCount\n      redeemedCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query GiftCardBatches {\n    giftCardBatches {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      cardCount\n      redeemedCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCardBatchCodes($id: ID!) {\n    giftCardBatch(id: $id) {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      codes\n    }\n  }\n"): (typeof documents)["\n  query GiftCardBatchCodes($id: ID!) {\n    giftCardBatch(id: $id) {\n      id\n      number\n      currency\n      value\n      redeemBy\n      note\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueGiftCards($input: IssueGiftCardsInput!) {\n    issueGiftCards(input: $input) {\n      id\n      number\n      cardCount\n    }\n  }\n"): (typeof documents)["\n  mutation IssueGiftCards($input: IssueGiftCardsInput!) {\n    issueGiftCards(input: $input) {\n      id\n      number\n      cardCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGiftCardBlocked($id: ID!, $blocked: Boolean!) {\n    setGiftCardBlocked(id: $id, blocked: $blocked) {\n      ...GiftCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGiftCardBlocked($id: ID!, $blocked: Boolean!) {\n    setGiftCardBlocked(id: $id, blocked: $blocked) {\n      ...GiftCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemGiftCard($customerId: ID!, $code: String!) {\n    redeemGiftCard(customerId: $customerId, code: $code) {\n      ...GiftCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemGiftCard($customerId: ID!, $code: String!) {\n    redeemGiftCard(customerId: $customerId, code: $code) {\n      ...GiftCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFields on CustomerGroup {\n    id\n    name\n    description\n    createdAt\n    memberCount\n  }\n"): (typeof documents)["\n  fragment GroupFields on CustomerGroup {\n    id\n    name\n    description\n    createdAt\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CustomerGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CustomerGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: CustomerGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $input: CustomerGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomersToGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    addCustomersToGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomersToGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    addCustomersToGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomersFromGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    removeCustomersFromGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCustomersFromGroup($groupId: ID!, $selection: GroupMemberSelection!) {\n    removeCustomersFromGroup(groupId: $groupId, selection: $selection) {\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerGroups($id: ID!) {\n    customer(id: $id) {\n      id\n      groups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerGroups($id: ID!) {\n    customer(id: $id) {\n      id\n      groups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $types: [HistoryEventType!]\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n              erased\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $types: [HistoryEventType!]\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n              erased\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportFields on Import {\n    id\n    kind\n    state\n    fileName\n    format\n    encoding\n    delimiter\n    sheets\n    sheet\n    columns {\n      index\n      header\n      target\n      samples\n    }\n    mode\n    matchOn\n    applyEarningRules\n    attachDuplicates\n    counts {\n      rows\n      created\n      updated\n      attached\n      skipped\n      invalid\n    }\n    progress {\n      done\n      total\n    }\n    problem {\n      code\n      params\n    }\n    reportFileId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ImportFields on Import {\n    id\n    kind\n    state\n    fileName\n    format\n    encoding\n    delimiter\n    sheets\n    sheet\n    columns {\n      index\n      header\n      target\n      samples\n    }\n    mode\n    matchOn\n    applyEarningRules\n    attachDuplicates\n    counts {\n      rows\n      created\n      updated\n      attached\n      skipped\n      invalid\n    }\n    progress {\n      done\n      total\n    }\n    problem {\n      code\n      params\n    }\n    reportFileId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Import($id: ID!) {\n    import(id: $id) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  query Import($id: ID!) {\n    import(id: $id) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports($first: Int!, $after: String) {\n    imports(first: $first, after: $after) {\n      edges {\n        node {\n          ...ImportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Imports($first: Int!, $after: String) {\n    imports(first: $first, after: $after) {\n      edges {\n        node {\n          ...ImportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTargets($kind: ImportKind!) {\n    importTargets(kind: $kind) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      group\n    }\n  }\n"): (typeof documents)["\n  query ImportTargets($kind: ImportKind!) {\n    importTargets(kind: $kind) {\n      key\n      label {\n        en\n        ru\n        fa\n      }\n      kind\n      group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTemplates($kind: ImportKind!) {\n    importTemplates(kind: $kind) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ImportTemplates($kind: ImportKind!) {\n    importTemplates(kind: $kind) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenImport($input: OpenImportInput!) {\n    openImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenImport($input: OpenImportInput!) {\n    openImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureImport($input: ConfigureImportInput!) {\n    configureImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureImport($input: ConfigureImportInput!) {\n    configureImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($id: ID!, $first: Int!) {\n    importPreview(id: $id, first: $first) {\n      outOfDateOrder\n      counts {\n        rows\n        created\n        updated\n        attached\n        skipped\n        invalid\n      }\n      rows {\n        line\n        outcome\n        problem {\n          code\n          params\n        }\n        cells {\n          index\n          header\n          value\n          problem {\n            code\n            params\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($id: ID!, $first: Int!) {\n    importPreview(id: $id, first: $first) {\n      outOfDateOrder\n      counts {\n        rows\n        created\n        updated\n        attached\n        skipped\n        invalid\n      }\n      rows {\n        line\n        outcome\n        problem {\n          code\n          params\n        }\n        cells {\n          index\n          header\n          value\n          problem {\n            code\n            params\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($id: ID!) {\n    startImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartImport($id: ID!) {\n    startImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {\n    saveImportTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {\n    saveImportTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteImportTemplate($id: ID!) {\n    deleteImportTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteImportTemplate($id: ID!) {\n    deleteImportTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRuns($first: Int!, $after: String, $state: JobRunState) {\n    jobs(first: $first, after: $after, state: $state) {\n      edges {\n        node {\n          id\n          job\n          state\n          ownWorkspace\n          attempts\n          maxAttempts\n          queuedAt\n          startedAt\n          finishedAt\n          progress {\n            done\n            total\n          }\n          error\n          canCancel\n          canRetry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobRuns($first: Int!, $after: String, $state: JobRunState) {\n    jobs(first: $first, after: $after, state: $state) {\n      edges {\n        node {\n          id\n          job\n          state\n          ownWorkspace\n          attempts\n          maxAttempts\n          queuedAt\n          startedAt\n          finishedAt\n          progress {\n            done\n            total\n          }\n          error\n          canCancel\n          canRetry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balances {\n        amount\n        value\n        currency {\n          ...CurrencyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balances {\n        amount\n        value\n        currency {\n          ...CurrencyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLedger(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $currency: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, currency: $currency, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            currency\n            amount\n            balanceAfter\n            expiresAt\n            reason\n            reasonCode\n            reasonParams\n            comment\n            reversesId\n            reversedById\n            createdAt\n            actor {\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLedger(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $currency: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, currency: $currency, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            currency\n            amount\n            balanceAfter\n            expiresAt\n            reason\n            reasonCode\n            reasonParams\n            comment\n            reversesId\n            reversedById\n            createdAt\n            actor {\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustBalance($input: AdjustBalanceInput!) {\n    adjustBalance(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustBalance($input: AdjustBalanceInput!) {\n    adjustBalance(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseLedgerOperation($input: ReverseOperationInput!) {\n    reverseLedgerOperation(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseLedgerOperation($input: ReverseOperationInput!) {\n    reverseLedgerOperation(input: $input) {\n      id\n      amount\n      balanceAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyProgramme {\n    loyaltyProgramme {\n      rules\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyProgramme {\n    loyaltyProgramme {\n      rules\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoyaltyProgramme($input: ProgrammeInput!) {\n    updateLoyaltyProgramme(input: $input) {\n      rules\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLoyaltyProgramme($input: ProgrammeInput!) {\n    updateLoyaltyProgramme(input: $input) {\n      rules\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailingFields on Mailing {\n    id\n    name\n    channel\n    templateId\n    state\n    scheduledAt\n    sendAt\n    timeZone\n    throttlePerMinute\n    attributionDays\n    trackClicks\n    createdByName\n    createdAt\n    audience {\n      segmentId\n      groupId\n      customerIds\n      filter\n    }\n    counts {\n      recipients\n      queued\n      sent\n      delivered\n      failed\n      skipped\n      unsubscribed\n      clicked\n      opened\n    }\n  }\n"): (typeof documents)["\n  fragment MailingFields on Mailing {\n    id\n    name\n    channel\n    templateId\n    state\n    scheduledAt\n    sendAt\n    timeZone\n    throttlePerMinute\n    attributionDays\n    trackClicks\n    createdByName\n    createdAt\n    audience {\n      segmentId\n      groupId\n      customerIds\n      filter\n    }\n    counts {\n      recipients\n      queued\n      sent\n      delivered\n      failed\n      skipped\n      unsubscribed\n      clicked\n      opened\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailings($first: Int!, $offset: Int!) {\n    mailings(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...MailingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mailings($first: Int!, $offset: Int!) {\n    mailings(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...MailingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailing($id: ID!) {\n    mailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"): (typeof documents)["\n  query Mailing($id: ID!) {\n    mailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailing($input: MailingInput!) {\n    createMailing(input: $input) {\n      ...MailingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailing($input: MailingInput!) {\n    createMailing(input: $input) {\n      ...MailingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailing($id: ID!, $input: MailingInput!) {\n    updateMailing(id: $id, input: $input) {\n      ...MailingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailing($id: ID!, $input: MailingInput!) {\n    updateMailing(id: $id, input: $input) {\n      ...MailingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMailing($id: ID!) {\n    startMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartMailing($id: ID!) {\n    startMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMailing($id: ID!) {\n    cancelMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMailing($id: ID!) {\n    cancelMailing(id: $id) {\n      ...MailingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestMailing($id: ID!, $to: String!) {\n    sendTestMailing(mailingId: $id, to: $to)\n  }\n"): (typeof documents)["\n  mutation SendTestMailing($id: ID!, $to: String!) {\n    sendTestMailing(mailingId: $id, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailingAudienceCountFields on MailingAudienceCount {\n    total\n    reachable\n    excluded {\n      reason\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment MailingAudienceCountFields on MailingAudienceCount {\n    total\n    reachable\n    excluded {\n      reason\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingAudience($channel: String!, $audience: MailingAudienceInput!) {\n    mailingAudience(channel: $channel, audience: $audience) {\n      ...MailingAudienceCountFields\n    }\n  }\n"): (typeof documents)["\n  query MailingAudience($channel: String!, $audience: MailingAudienceInput!) {\n    mailingAudience(channel: $channel, audience: $audience) {\n      ...MailingAudienceCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingReport($id: ID!) {\n    mailingReport(mailingId: $id) {\n      mailingState\n      attributionDays\n      byState {\n        state\n        count\n      }\n      failedByReason {\n        reason\n        count\n      }\n      skippedByReason {\n        reason\n        count\n      }\n      attributed {\n        purchases\n        customers\n        revenue\n      }\n      clicked\n      clickRate\n      opened\n      openRate\n    }\n  }\n"): (typeof documents)["\n  query MailingReport($id: ID!) {\n    mailingReport(mailingId: $id) {\n      mailingState\n      attributionDays\n      byState {\n        state\n        count\n      }\n      failedByReason {\n        reason\n        count\n      }\n      skippedByReason {\n        reason\n        count\n      }\n      attributed {\n        purchases\n        customers\n        revenue\n      }\n      clicked\n      clickRate\n      opened\n      openRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsPostFields on NewsPost {\n    id\n    title {\n      en\n      ru\n      fa\n    }\n    body {\n      en\n      ru\n      fa\n    }\n    segmentId\n    segmentName\n    segmentPrivate\n    publishAt\n    expiresAt\n    pinned\n    status\n    readCount\n    createdByName\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NewsPostFields on NewsPost {\n    id\n    title {\n      en\n      ru\n      fa\n    }\n    body {\n      en\n      ru\n      fa\n    }\n    segmentId\n    segmentName\n    segmentPrivate\n    publishAt\n    expiresAt\n    pinned\n    status\n    readCount\n    createdByName\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsPosts($status: NewsStatus, $first: Int!, $offset: Int!) {\n    newsPosts(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...NewsPostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsPosts($status: NewsStatus, $first: Int!, $offset: Int!) {\n    newsPosts(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...NewsPostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsPost($id: ID!) {\n    newsPost(id: $id) {\n      ...NewsPostFields\n    }\n  }\n"): (typeof documents)["\n  query NewsPost($id: ID!) {\n    newsPost(id: $id) {\n      ...NewsPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNewsPost($input: NewsPostInput!) {\n    createNewsPost(input: $input) {\n      ...NewsPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNewsPost($input: NewsPostInput!) {\n    createNewsPost(input: $input) {\n      ...NewsPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) {\n      ...NewsPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) {\n      ...NewsPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNewsPost($id: ID!) {\n    deleteNewsPost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNewsPost($id: ID!) {\n    deleteNewsPost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteFields on Note {\n    id\n    customerId\n    authorId\n    authorName\n    body\n    pinned\n    createdAt\n    updatedAt\n    mentions {\n      staffId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NoteFields on Note {\n    id\n    customerId\n    authorId\n    authorName\n    body\n    pinned\n    createdAt\n    updatedAt\n    mentions {\n      staffId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerNotes($customerId: ID!, $first: Int!, $after: String) {\n    customerNotes(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NoteFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerNotes($customerId: ID!, $first: Int!, $after: String) {\n    customerNotes(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NoteFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableStaff($search: String!) {\n    mentionableStaff(search: $search, first: 8) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MentionableStaff($search: String!) {\n    mentionableStaff(search: $search, first: 8) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditNote($id: ID!, $input: EditNoteInput!) {\n    editNote(id: $id, input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation SignOutSession($id: ID!) {\n    signOutSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhereElse {\n    signOutEverywhere(keepCurrent: true)\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhereElse {\n    signOutEverywhere(keepCurrent: true)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qr\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnOffTwoFactor($proof: String!) {\n    turnOffTwoFactor(proof: $proof) {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation TurnOffTwoFactor($proof: String!) {\n    turnOffTwoFactor(proof: $proof) {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id\n    sku\n    name {\n      en\n      ru\n      fa\n    }\n    kind\n    price\n    unit\n    active\n    tracked\n    onHand\n    reorderLevel\n    lowStock\n  }\n"): (typeof documents)["\n  fragment ProductFields on Product {\n    id\n    sku\n    name {\n      en\n      ru\n      fa\n    }\n    kind\n    price\n    unit\n    active\n    tracked\n    onHand\n    reorderLevel\n    lowStock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllProducts {\n    products(includeInactive: true) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  query AllProducts {\n    products(includeInactive: true) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveProducts {\n    products {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  query ActiveProducts {\n    products {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductMovements($id: ID!, $first: Int!, $after: String) {\n    product(id: $id) {\n      id\n      movements(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            quantity\n            onHand\n            purchaseId\n            note\n            actor {\n              name\n            }\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductMovements($id: ID!, $first: Int!, $after: String) {\n    product(id: $id) {\n      id\n      movements(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            quantity\n            onHand\n            purchaseId\n            note\n            actor {\n              name\n            }\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProductActive($id: ID!, $active: Boolean!) {\n    setProductActive(id: $id, active: $active) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetProductActive($id: ID!, $active: Boolean!) {\n    setProductActive(id: $id, active: $active) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveStock($productId: ID!, $quantity: Float!, $note: String) {\n    receiveStock(productId: $productId, quantity: $quantity, note: $note) {\n      id\n      onHand\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveStock($productId: ID!, $quantity: Float!, $note: String) {\n    receiveStock(productId: $productId, quantity: $quantity, note: $note) {\n      id\n      onHand\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStockCount($productId: ID!, $counted: Float!, $reason: String) {\n    setStockCount(productId: $productId, counted: $counted, reason: $reason) {\n      id\n      onHand\n    }\n  }\n"): (typeof documents)["\n  mutation SetStockCount($productId: ID!, $counted: Float!, $reason: String) {\n    setStockCount(productId: $productId, counted: $counted, reason: $reason) {\n      id\n      onHand\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductSales($from: DateTime!, $to: DateTime!) {\n    productSales(from: $from, to: $to) {\n      product {\n        id\n        sku\n        name {\n          en\n          ru\n          fa\n        }\n        unit\n        tracked\n        onHand\n        lowStock\n      }\n      quantity\n      revenue\n    }\n  }\n"): (typeof documents)["\n  query ProductSales($from: DateTime!, $to: DateTime!) {\n    productSales(from: $from, to: $to) {\n      product {\n        id\n        sku\n        name {\n          en\n          ru\n          fa\n        }\n        unit\n        tracked\n        onHand\n        lowStock\n      }\n      quantity\n      revenue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurchaseFields on Purchase {\n    id\n    invoiceNumber\n    amount\n    spentValue\n    paidAmount\n    branch\n    branchInfo {\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    paymentStatus\n    purchasedAt\n    returnedAmount\n    items {\n      sku\n      name\n      quantity\n      price\n      returnedQuantity\n    }\n    ledger {\n      operationId\n      customerId\n      currency\n      role\n      amount\n    }\n    actor {\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PurchaseFields on Purchase {\n    id\n    invoiceNumber\n    amount\n    spentValue\n    paidAmount\n    branch\n    branchInfo {\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    paymentStatus\n    purchasedAt\n    returnedAmount\n    items {\n      sku\n      name\n      quantity\n      price\n      returnedQuantity\n    }\n    ledger {\n      operationId\n      customerId\n      currency\n      role\n      amount\n    }\n    actor {\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPurchases($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        total\n        count\n        firstPurchaseAt\n        lastPurchaseAt\n      }\n      purchases(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PurchaseFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPurchases($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        total\n        count\n        firstPurchaseAt\n        lastPurchaseAt\n      }\n      purchases(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PurchaseFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPurchase($input: RecordPurchaseInput!) {\n    recordPurchase(input: $input) {\n      ...PurchaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPurchase($input: RecordPurchaseInput!) {\n    recordPurchase(input: $input) {\n      ...PurchaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnPurchase($input: ReturnPurchaseInput!) {\n    returnPurchase(input: $input) {\n      id\n      amount\n      shortfall {\n        currency\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnPurchase($input: ReturnPurchaseInput!) {\n    returnPurchase(input: $input) {\n      id\n      amount\n      shortfall {\n        currency\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPurchasePaid($id: ID!) {\n    markPurchasePaid(purchaseId: $id) {\n      ...PurchaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkPurchasePaid($id: ID!) {\n    markPurchasePaid(purchaseId: $id) {\n      ...PurchaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationTypes {\n    relationTypes {\n      key\n      shipped\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationTypes {\n    relationTypes {\n      key\n      shipped\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        createdAt\n        type {\n          key\n        }\n        label {\n          en\n          ru\n          fa\n        }\n        related {\n          id\n          displayName\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        createdAt\n        type {\n          key\n        }\n        label {\n          en\n          ru\n          fa\n        }\n        related {\n          id\n          displayName\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerReferrals($id: ID!) {\n    customer(id: $id) {\n      id\n      referrer {\n        id\n        displayName\n        number\n      }\n      referredCustomers {\n        id\n        displayName\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerReferrals($id: ID!) {\n    customer(id: $id) {\n      id\n      referrer {\n        id\n        displayName\n        number\n      }\n      referredCustomers {\n        id\n        displayName\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomerRelation($input: AddCustomerRelationInput!) {\n    addCustomerRelation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomerRelation($input: AddCustomerRelationInput!) {\n    addCustomerRelation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomerRelation($id: ID!) {\n    removeCustomerRelation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCustomerRelation($id: ID!) {\n    removeCustomerRelation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReferrer($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      referrerId\n    }\n  }\n"): (typeof documents)["\n  mutation SetReferrer($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      referrerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearReferrer($customerId: ID!) {\n    clearReferral(customerId: $customerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClearReferrer($customerId: ID!) {\n    clearReferral(customerId: $customerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMatches($search: [String!]) {\n    customers(first: 10, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          number\n          mobile\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerMatches($search: [String!]) {\n    customers(first: 10, search: $search) {\n      edges {\n        node {\n          id\n          displayName\n          number\n          mobile\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationTypesWithCounts {\n    relationTypes {\n      key\n      shipped\n      relationCount\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationTypesWithCounts {\n    relationTypes {\n      key\n      shipped\n      relationCount\n      name {\n        en\n        ru\n        fa\n      }\n      inverseName {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelationType($input: RelationTypeInput!) {\n    createRelationType(input: $input) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelationType($input: RelationTypeInput!) {\n    createRelationType(input: $input) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRelationType($key: String!, $input: RelationTypeInput!) {\n    updateRelationType(key: $key, input: $input) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRelationType($key: String!, $input: RelationTypeInput!) {\n    updateRelationType(key: $key, input: $input) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRelationType($key: String!) {\n    deleteRelationType(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteRelationType($key: String!) {\n    deleteRelationType(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {\n    dashboard(input: $input) {\n      from\n      to\n      previousFrom\n      previousTo\n      calendar\n      timeZone\n      asOf\n      members {\n        value\n        previous\n      }\n      newMembers {\n        value\n        previous\n      }\n      activeMembers {\n        value\n        previous\n      }\n      purchases {\n        value\n        previous\n      }\n      repeatCustomers {\n        value\n        previous\n      }\n      revenue {\n        value\n        previous\n      }\n      averagePurchase {\n        value\n        previous\n      }\n      balances {\n        currency {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n        }\n        issued\n        spent\n        expired\n        previousIssued\n        previousSpent\n      }\n      series {\n        start\n        end\n        label\n        startDay\n        partial\n        newMembers\n        activeMembers\n        purchases\n        revenue\n      }\n      tiers {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        customers\n      }\n      rfmSegments {\n        segment\n        customers\n      }\n      topCustomers(first: 10) @include(if: $withTop) {\n        customerId\n        displayName\n        purchases\n        revenue\n      }\n      topProducts(first: 10) @include(if: $withProducts) {\n        product {\n          id\n          sku\n          unit\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        quantity\n        revenue\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {\n    dashboard(input: $input) {\n      from\n      to\n      previousFrom\n      previousTo\n      calendar\n      timeZone\n      asOf\n      members {\n        value\n        previous\n      }\n      newMembers {\n        value\n        previous\n      }\n      activeMembers {\n        value\n        previous\n      }\n      purchases {\n        value\n        previous\n      }\n      repeatCustomers {\n        value\n        previous\n      }\n      revenue {\n        value\n        previous\n      }\n      averagePurchase {\n        value\n        previous\n      }\n      balances {\n        currency {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n          decimals\n        }\n        issued\n        spent\n        expired\n        previousIssued\n        previousSpent\n      }\n      series {\n        start\n        end\n        label\n        startDay\n        partial\n        newMembers\n        activeMembers\n        purchases\n        revenue\n      }\n      tiers {\n        tier {\n          id\n          key\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        customers\n      }\n      rfmSegments {\n        segment\n        customers\n      }\n      topCustomers(first: 10) @include(if: $withTop) {\n        customerId\n        displayName\n        purchases\n        revenue\n      }\n      topProducts(first: 10) @include(if: $withProducts) {\n        product {\n          id\n          sku\n          unit\n          name {\n            en\n            ru\n            fa\n          }\n        }\n        quantity\n        revenue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceClock {\n    workspaceSettings {\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceClock {\n    workspaceSettings {\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportDashboard($input: DashboardInput!) {\n    exportDashboard(input: $input, first: 10) {\n      fileId\n      name\n      downloadPath\n    }\n  }\n"): (typeof documents)["\n  mutation ExportDashboard($input: DashboardInput!) {\n    exportDashboard(input: $input, first: 10) {\n      fileId\n      name\n      downloadPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRfm($id: ID!) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        count\n      }\n      rfm {\n        recencyDays\n        frequency\n        monetary\n        r\n        f\n        m\n        segment\n        since\n        computedAt\n        history(first: 20) {\n          segment\n          from\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRfm($id: ID!) {\n    customer(id: $id) {\n      id\n      purchaseSummary {\n        count\n      }\n      rfm {\n        recencyDays\n        frequency\n        monetary\n        r\n        f\n        m\n        segment\n        since\n        computedAt\n        history(first: 20) {\n          segment\n          from\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RfmSegments {\n    rfmSegments {\n      segment\n      customers\n    }\n  }\n"): (typeof documents)["\n  query RfmSegments {\n    rfmSegments {\n      segment\n      customers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeRfm {\n    recomputeRfm {\n      customersScored\n      segmentsChanged\n      durationMs\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeRfm {\n    recomputeRfm {\n      customersScored\n      segmentsChanged\n      durationMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RfmMovement {\n    rfmMovement {\n      computedAt\n      previousComputedAt\n      moves {\n        from\n        to\n        customers\n      }\n    }\n  }\n"): (typeof documents)["\n  query RfmMovement {\n    rfmMovement {\n      computedAt\n      previousComputedAt\n      moves {\n        from\n        to\n        customers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    permissions\n    shipped\n    editable\n    staffCount\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    permissions\n    shipped\n    editable\n    staffCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleNames {\n    roleNames {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleNames {\n    roleNames {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Permissions {\n    permissions {\n      name\n      description\n      module\n    }\n  }\n"): (typeof documents)["\n  query Permissions {\n    permissions {\n      name\n      description\n      module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($key: String!, $input: RoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($key: String!, $input: RoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SegmentFields on Segment {\n    id\n    name\n    shared\n    sharedWithRoles\n    canEdit\n    filter\n    search\n    memberCount\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SegmentFields on Segment {\n    id\n    name\n    shared\n    sharedWithRoles\n    canEdit\n    filter\n    search\n    memberCount\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments {\n    segments {\n      ...SegmentFields\n    }\n  }\n"): (typeof documents)["\n  query Segments {\n    segments {\n      ...SegmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      ...SegmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      ...SegmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      ...SegmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      ...SegmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerSignOut {\n    customerSignOut\n  }\n"): (typeof documents)["\n  mutation CustomerSignOut {\n    customerSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOperations($first: Int!, $after: String) {\n    myOperations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          currency\n          kind\n          amount\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOperations($first: Int!, $after: String) {\n    myOperations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          currency\n          kind\n          amount\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          invoiceNumber\n          amount\n          paidAmount\n          purchasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          invoiceNumber\n          amount\n          paidAmount\n          purchasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    myRequests {\n      id\n      subject\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyRequests {\n    myRequests {\n      id\n      subject\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRequest($subject: String!, $text: String!) {\n    sendRequest(subject: $subject, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendRequest($subject: String!, $text: String!) {\n    sendRequest(subject: $subject, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNews($first: Int!, $after: String, $language: Locale) {\n    myNews(first: $first, after: $after, language: $language) {\n      edges {\n        node {\n          id\n          language\n          title\n          body\n          publishedAt\n          pinned\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myUnreadNewsCount\n  }\n"): (typeof documents)["\n  query MyNews($first: Int!, $after: String, $language: Locale) {\n    myNews(first: $first, after: $after, language: $language) {\n      edges {\n        node {\n          id\n          language\n          title\n          body\n          publishedAt\n          pinned\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myUnreadNewsCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMyNewsRead($id: ID!) {\n    markMyNewsRead(id: $id)\n  }\n"): (typeof documents)["\n  mutation MarkMyNewsRead($id: ID!) {\n    markMyNewsRead(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPushKey {\n    myPushKey\n  }\n"): (typeof documents)["\n  query MyPushKey {\n    myPushKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {\n    subscribeMyPush(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {\n    subscribeMyPush(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeMyPush($endpoint: String!) {\n    unsubscribeMyPush(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnsubscribeMyPush($endpoint: String!) {\n    unsubscribeMyPush(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfServiceAccountFields on SelfServiceAccount {\n    customerId\n    firstName\n    lastName\n    cardNumber\n    email\n    birthDate\n    gender\n    number\n    consents {\n      kind\n      state\n      at\n    }\n    tier {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    balances {\n      amount\n      currency {\n        key\n        decimals\n        name {\n          en\n          ru\n          fa\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SelfServiceAccountFields on SelfServiceAccount {\n    customerId\n    firstName\n    lastName\n    cardNumber\n    email\n    birthDate\n    gender\n    number\n    consents {\n      kind\n      state\n      at\n    }\n    tier {\n      key\n      name {\n        en\n        ru\n        fa\n      }\n    }\n    balances {\n      amount\n      currency {\n        key\n        decimals\n        name {\n          en\n          ru\n          fa\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    myAccount {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {\n    customerSignIn(workspace: $workspace, login: $login, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {\n    customerSignIn(workspace: $workspace, login: $login, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfSignUpOpen($workspace: ID!) {\n    selfSignUpOpen(workspace: $workspace)\n  }\n"): (typeof documents)["\n  query SelfSignUpOpen($workspace: ID!) {\n    selfSignUpOpen(workspace: $workspace)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerSignUp(\n    $workspace: ID!\n    $mobile: String!\n    $firstName: String!\n    $lastName: String\n    $language: String\n  ) {\n    startCustomerSignUp(\n      workspace: $workspace\n      mobile: $mobile\n      firstName: $firstName\n      lastName: $lastName\n      language: $language\n    )\n  }\n"): (typeof documents)["\n  mutation StartCustomerSignUp(\n    $workspace: ID!\n    $mobile: String!\n    $firstName: String!\n    $lastName: String\n    $language: String\n  ) {\n    startCustomerSignUp(\n      workspace: $workspace\n      mobile: $mobile\n      firstName: $firstName\n      lastName: $lastName\n      language: $language\n    )\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishCustomerSignUp($signUpId: ID!, $code: String!, $password: String!, $marketingConsent: Boolean!) {\n    finishCustomerSignUp(signUpId: $signUpId, code: $code, password: $password, marketingConsent: $marketingConsent) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinishCustomerSignUp($signUpId: ID!, $code: String!, $password: String!, $marketingConsent: Boolean!) {\n    finishCustomerSignUp(signUpId: $signUpId, code: $code, password: $password, marketingConsent: $marketingConsent) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSelfServicePassword($token: String!, $password: String!) {\n    setSelfServicePassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSelfServicePassword($token: String!, $password: String!) {\n    setSelfServicePassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerPasswordReset($workspace: ID!, $login: String!, $language: String) {\n    startCustomerPasswordReset(workspace: $workspace, login: $login, language: $language)\n  }\n"): (typeof documents)["\n  mutation StartCustomerPasswordReset($workspace: ID!, $login: String!, $language: String) {\n    startCustomerPasswordReset(workspace: $workspace, login: $login, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishCustomerPasswordReset($resetId: ID!, $code: String!, $password: String!) {\n    finishCustomerPasswordReset(resetId: $resetId, code: $code, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinishCustomerPasswordReset($resetId: ID!, $code: String!, $password: String!) {\n    finishCustomerPasswordReset(resetId: $resetId, code: $code, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCustomerPassword($token: String!, $password: String!) {\n    resetCustomerPassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCustomerPassword($token: String!, $password: String!) {\n    resetCustomerPassword(token: $token, password: $password) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyConsent($kind: ConsentKind!, $granted: Boolean!) {\n    setMyConsent(kind: $kind, granted: $granted) {\n      kind\n      state\n      at\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyConsent($kind: ConsentKind!, $granted: Boolean!) {\n    setMyConsent(kind: $kind, granted: $granted) {\n      kind\n      state\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SelfServiceAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SelfServiceAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToSelfService($customerId: ID!) {\n    inviteCustomerToSelfService(customerId: $customerId) {\n      link\n      expiresAt\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToSelfService($customerId: ID!) {\n    inviteCustomerToSelfService(customerId: $customerId) {\n      link\n      expiresAt\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRequestFields on CustomerRequest {\n    id\n    customerId\n    customerName\n    subject\n    text\n    status\n    answer\n    answeredAt\n    answeredBy {\n      name\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerRequestFields on CustomerRequest {\n    id\n    customerId\n    customerName\n    subject\n    text\n    status\n    answer\n    answeredAt\n    answeredBy {\n      name\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRequests($status: CustomerRequestStatus, $first: Int!, $after: String) {\n    customerRequests(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...CustomerRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRequests($status: CustomerRequestStatus, $first: Int!, $after: String) {\n    customerRequests(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...CustomerRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCustomerRequest($id: ID!, $text: String!) {\n    answerCustomerRequest(id: $id, text: $text) {\n      ...CustomerRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCustomerRequest($id: ID!, $text: String!) {\n    answerCustomerRequest(id: $id, text: $text) {\n      ...CustomerRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCustomerRequest($id: ID!) {\n    closeCustomerRequest(id: $id) {\n      ...CustomerRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCustomerRequest($id: ID!) {\n    closeCustomerRequest(id: $id) {\n      ...CustomerRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    active\n    mustChangePassword\n    twoFactorEnabled\n    createdAt\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffFields on Staff {\n    id\n    email\n    name\n    role\n    roleName {\n      en\n      ru\n      fa\n    }\n    active\n    mustChangePassword\n    twoFactorEnabled\n    createdAt\n    branch {\n      id\n      code\n      name {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    staffMembers {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  query StaffMembers {\n    staffMembers {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStaffRole($id: ID!, $role: String!) {\n    changeStaffRole(id: $id, role: $role) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStaffRole($id: ID!, $role: String!) {\n    changeStaffRole(id: $id, role: $role) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffBranch($id: ID!, $branchId: ID) {\n    setStaffBranch(id: $id, branchId: $branchId) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffBranch($id: ID!, $branchId: ID) {\n    setStaffBranch(id: $id, branchId: $branchId) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTemporaryPassword($id: ID!, $password: String!) {\n    setTemporaryPassword(id: $id, password: $password) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTemporaryPassword($id: ID!, $password: String!) {\n    setTemporaryPassword(id: $id, password: $password) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffTwoFactor($id: ID!) {\n    resetStaffTwoFactor(id: $id) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffTwoFactor($id: ID!) {\n    resetStaffTwoFactor(id: $id) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsWithCounts {\n    tags {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n"): (typeof documents)["\n  query TagsWithCounts {\n    tags {\n      id\n      name\n      color\n      customerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($id: ID!, $input: TagInput!) {\n    updateTag(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($id: ID!, $input: TagInput!) {\n    updateTag(id: $id, input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerTags($customerId: ID!, $tagIds: [ID!]!) {\n    setCustomerTags(customerId: $customerId, tagIds: $tagIds) {\n      id\n      updatedAt\n      tags {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomerTags($customerId: ID!, $tagIds: [ID!]!) {\n    setCustomerTags(customerId: $customerId, tagIds: $tagIds) {\n      id\n      updatedAt\n      tags {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    channel\n    contents {\n      language\n      subject\n      text\n      html\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    channel\n    contents {\n      language\n      subject\n      text\n      html\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates {\n    messageTemplates {\n      ...MessageTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query MessageTemplates {\n    messageTemplates {\n      ...MessageTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateVariables {\n    templateVariables\n  }\n"): (typeof documents)["\n  query TemplateVariables {\n    templateVariables\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTemplate($customerId: ID!, $draft: MessageTemplateInput!, $language: Locale) {\n    previewTemplate(customerId: $customerId, draft: $draft, language: $language) {\n      language\n      subject\n      text\n      html\n      smsLength {\n        encoding\n        characters\n        parts\n        perPart\n      }\n      problem {\n        code\n        variable\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewTemplate($customerId: ID!, $draft: MessageTemplateInput!, $language: Locale) {\n    previewTemplate(customerId: $customerId, draft: $draft, language: $language) {\n      language\n      subject\n      text\n      html\n      smsLength {\n        encoding\n        characters\n        parts\n        perPart\n      }\n      problem {\n        code\n        variable\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierFields on Tier {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    position\n    minPurchaseTotal\n    minPurchaseCount\n    minXp\n    rules\n  }\n"): (typeof documents)["\n  fragment TierFields on Tier {\n    id\n    key\n    name {\n      en\n      ru\n      fa\n    }\n    position\n    minPurchaseTotal\n    minPurchaseCount\n    minXp\n    rules\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tiers {\n    tiers {\n      ...TierFields\n      customerCount\n    }\n  }\n"): (typeof documents)["\n  query Tiers {\n    tiers {\n      ...TierFields\n      customerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) {\n      ...TierFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) {\n      ...TierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTier($id: ID!, $input: TierInput!) {\n    updateTier(id: $id, input: $input) {\n      ...TierFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTier($id: ID!, $input: TierInput!) {\n    updateTier(id: $id, input: $input) {\n      ...TierFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierPolicy {\n    tierPolicy {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n"): (typeof documents)["\n  query TierPolicy {\n    tierPolicy {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTierPolicy($input: TierPolicyInput!) {\n    updateTierPolicy(input: $input) {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTierPolicy($input: TierPolicyInput!) {\n    updateTierPolicy(input: $input) {\n      windowDays\n      downgradePolicy\n      periodMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeTiers {\n    recomputeTiers {\n      evaluated\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeTiers {\n    recomputeTiers {\n      evaluated\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTier($id: ID!) {\n    customer(id: $id) {\n      id\n      tier {\n        tier {\n          ...TierFields\n        }\n        manualTier {\n          id\n        }\n        since\n        reviewAt\n        progress {\n          purchaseTotal\n          purchaseCount\n          xp\n          nextTier {\n            ...TierFields\n          }\n          purchaseTotalNeeded\n          purchaseCountNeeded\n          xpNeeded\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTier($id: ID!) {\n    customer(id: $id) {\n      id\n      tier {\n        tier {\n          ...TierFields\n        }\n        manualTier {\n          id\n        }\n        since\n        reviewAt\n        progress {\n          purchaseTotal\n          purchaseCount\n          xp\n          nextTier {\n            ...TierFields\n          }\n          purchaseTotalNeeded\n          purchaseCountNeeded\n          xpNeeded\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerManualTier($customerId: ID!, $tierId: ID) {\n    setCustomerManualTier(customerId: $customerId, tierId: $tierId) {\n      tier {\n        id\n      }\n      manualTier {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomerManualTier($customerId: ID!, $tierId: ID) {\n    setCustomerManualTier(customerId: $customerId, tierId: $tierId) {\n      tier {\n        id\n      }\n      manualTier {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookFields on Webhook {\n    id\n    name\n    url\n    events\n    enabled\n    lastDelivery {\n      id\n      type\n      state\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment WebhookFields on Webhook {\n    id\n    name\n    url\n    events\n    enabled\n    lastDelivery {\n      id\n      type\n      state\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    type\n    state\n    createdAt\n    nextAttemptAt\n    attempts {\n      at\n      status\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    type\n    state\n    createdAt\n    nextAttemptAt\n    attempts {\n      at\n      status\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings {\n    me {\n      id\n      workspace {\n        id\n      }\n    }\n    workspaceSettings {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSettings {\n    me {\n      id\n      workspace {\n        id\n      }\n    }\n    workspaceSettings {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      name\n      defaultPhoneCountry\n      lifecycle {\n        newDays\n        atRiskDays\n        lostDays\n      }\n      completenessAttributes\n      timeZone\n      quietHours {\n        start\n        end\n      }\n      selfSignUp\n      twoFactorRequiredRoles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;