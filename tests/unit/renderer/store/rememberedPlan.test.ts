// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { rememberedPlanId, rememberPlanId } from '../../../../src/renderer/store/rememberedPlan'

describe('the remembered quarter', () => {
  it('is kept across reloads in localStorage, and forgotten with null', () => {
    rememberPlanId('plan-7')
    expect(window.localStorage.getItem('quarterdeck.currentPlanId')).toBe('plan-7')
    expect(rememberedPlanId()).toBe('plan-7')
    rememberPlanId(null)
    expect(window.localStorage.getItem('quarterdeck.currentPlanId')).toBeNull()
    expect(rememberedPlanId()).toBeNull()
  })
})
