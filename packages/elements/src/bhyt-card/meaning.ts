// What a card's group code means comes from core's table of BHYT groups, which the card's first paint does
// not need: this module is fetched while the card data is on its way (see on-demand.ts).
export { bhytGroupMeaning } from '@vssid/core/i18n';
